# expect: limit=memory
x = ['a' * 1000]
for v in map(lambda v: x.append(v + v[:10]) or v, x):
    pass
