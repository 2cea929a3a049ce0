# expect: limit=time
# limits: duration=2
x = pow(3, 10**20000, 10**20000 + 7)
