# expect: limit=memory
x = tuple(range(10**9))
