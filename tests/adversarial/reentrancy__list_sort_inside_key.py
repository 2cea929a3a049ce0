# expect: ok
x = [3, 2, 1]
def k(v):
    x.sort()
    return v
x.sort(key=k)
print(x)
# stdout: [1, 2, 3]
