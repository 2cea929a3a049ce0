# expect: limit=memory
s = set(range(10**9))
