# expect: limit=time
# limits: duration=2
x = 3 ** 10**7 % 1000
while True:
    pass
