# expect: limit=memory
x = 1 << 2**62
