# expect: limit=memory
x = [1]
while True:
    x = x + x
