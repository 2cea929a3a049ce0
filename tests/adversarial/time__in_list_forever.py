# expect: limit=time
# limits: duration=2
x = list(range(10**6))
while True:
    -1 in x
