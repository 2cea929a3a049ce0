# expect: limit=memory
x = list(enumerate(range(10**9)))
