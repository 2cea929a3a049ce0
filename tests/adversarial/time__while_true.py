# expect: limit=time
# limits: duration=2
while True:
    pass
