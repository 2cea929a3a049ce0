# expect: limit=time
# limits: duration=2
x = 10**1000000
y = 10**500000 + 1
while True:
    q = x // y
