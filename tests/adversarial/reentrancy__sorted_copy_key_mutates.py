# expect: ok
x = [3, 1, 2]
def key(v):
    x.append(v)
    return v
print(sorted(x, key=key), len(x))
# stdout: [1, 2, 3] 6
