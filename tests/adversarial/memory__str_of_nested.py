# expect: limit=memory
# limits: memory=20000000
x = [['a' * 1000] * 1000] * 10000
y = str(x)
