# expect: limit=time
# limits: duration=2
s = 'ab' * 10**6
while True:
    s.count('ab')
