# expect: limit=time
# limits: duration=2
x = [0]
for a, b in zip(x, x):
    x.append(a)
