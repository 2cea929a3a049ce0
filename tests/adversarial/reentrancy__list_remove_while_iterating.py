# expect: ok
x = list(range(10))
for v in x:
    x.remove(v)
print(x)
# stdout: [1, 3, 5, 7, 9]
