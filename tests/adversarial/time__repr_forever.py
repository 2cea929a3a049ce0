# expect: limit=time
# limits: duration=2
x = list(range(10**5))
while True:
    repr(x)
