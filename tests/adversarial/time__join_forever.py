# expect: limit=time
# limits: duration=2
x = ['abc'] * 10**5
while True:
    '-'.join(x)
