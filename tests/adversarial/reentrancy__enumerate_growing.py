# expect: limit=time
# limits: duration=2
x = [0]
for i, v in enumerate(x):
    x.append(i)
