# expect: ok
x = [1, 2]
x.extend(x)
print(x)
# stdout: [1, 2, 1, 2]
