# expect: limit=time
# limits: duration=2 memory=1000000000
x = 7 ** 10**8
