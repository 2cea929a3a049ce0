# expect: ok
x = [1, 2, 3]
print(list(map(lambda v: x.clear() or v, x)))
# stdout: [1]
