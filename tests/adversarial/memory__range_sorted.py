# expect: limit=memory
x = sorted(range(10**9))
