# expect: limit=time
# limits: duration=2
while True:
    int(str(10**4000))
