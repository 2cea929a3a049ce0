# expect: limit=memory
s = 'a'
while True:
    s = s + s
