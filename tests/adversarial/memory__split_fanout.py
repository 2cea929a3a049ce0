# expect: limit=memory
s = ' ' * 10**7
parts = []
while True:
    parts.append(s.split(' '))
