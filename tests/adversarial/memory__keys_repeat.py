# expect: limit=memory
d = dict.fromkeys(range(10**9))
