# expect: limit=time
# limits: duration=2
x = list(range(100000, 0, -1))
while True:
    y = sorted(x)
