# expect: limit=memory
x = 1 << 10**10
