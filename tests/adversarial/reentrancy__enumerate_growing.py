# expect: limit=time|memory
# (the list grows by one item per step: a fast machine fills 100 MB before 2 s)
# limits: duration=2
x = [0]
for i, v in enumerate(x):
    x.append(i)
