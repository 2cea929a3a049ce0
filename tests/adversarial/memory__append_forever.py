# expect: limit=memory
x = []
while True:
    x.append('y' * 10000)
