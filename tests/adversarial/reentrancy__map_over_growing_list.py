# expect: limit=time
# limits: duration=2
x = [1]
for v in map(lambda v: x.append(v) or v, x):
    pass
