# expect: limit=memory
x = list(range(10**10))
