# expect: limit=time
# limits: duration=2
x = 10**1000000
while True:
    y = x * x
