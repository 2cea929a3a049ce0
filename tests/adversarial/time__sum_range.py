# expect: limit=time
# limits: duration=2
x = sum(range(10**12))
