# expect: limit=memory
x = bytes(10**10)
