# expect: limit=time
# limits: duration=2
x = 7 ** 3000000
y = x * x
z = y * y
w = z * z
