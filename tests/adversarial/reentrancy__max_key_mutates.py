# expect: ok
x = [1, 2, 3]
def k(v):
    if len(x) < 6:
        x.append(v)
    return -v
print(max(x, key=k), len(x))
# stdout: 1 6
