# expect: limit=time
# limits: duration=2
x = tuple(range(10**5))
while True:
    hash(x)
