# expect: limit=memory
x = list(zip(range(10**9), range(10**9)))
