# expect: limit=time
# limits: duration=2
x = sum(i * j for i in range(10**6) for j in range(10**6))
