# expect: limit=time
# limits: duration=2
for i in range(10**12):
    pass
