# expect: limit=memory
x = []
while True:
    x = [x, x, x, [0] * 1000]
