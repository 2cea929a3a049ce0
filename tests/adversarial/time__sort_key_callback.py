# expect: limit=time
# limits: duration=2
x = list(range(10**6))
while True:
    x.sort(key=lambda v: -v)
