# expect: limit=memory
x = [0]
x *= 10**10
