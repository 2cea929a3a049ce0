# expect: ok
x = [3, 1, 2]
def key(v):
    x.clear()
    return v
x.sort(key=key)
print(x)
# stdout: [1, 2, 3]
