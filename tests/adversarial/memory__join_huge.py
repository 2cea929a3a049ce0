# expect: limit=memory
parts = ['a' * 1000] * 100000
x = '-'.join(parts)
y = x + x
