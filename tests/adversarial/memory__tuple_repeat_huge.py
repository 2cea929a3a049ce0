# expect: limit=memory
x = (1, 2) * 10**9
