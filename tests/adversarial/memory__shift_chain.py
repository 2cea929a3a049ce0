# expect: limit=memory
x = 10**100000
while True:
    x = (x << 8000000) | 1
