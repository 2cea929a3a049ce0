# expect: limit=time
# limits: duration=2
while True:
    max(range(10**6))
