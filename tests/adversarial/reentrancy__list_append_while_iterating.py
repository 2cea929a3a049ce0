# expect: limit=time
# limits: duration=2
x = [1]
for v in x:
    x.append(v)
