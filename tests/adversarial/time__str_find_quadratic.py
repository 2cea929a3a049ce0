# expect: limit=time
# limits: duration=2
s = 'a' * 10**6
while True:
    s.find('a' * 1000 + 'b')
