# expect: ok
x = [1]
x.append(x)
print(repr(x))
# stdout: [1, [...]]
