# expect: limit=memory
# limits: memory=20000000
x = ['a' * 10**6] * 1000
y = repr(x)
