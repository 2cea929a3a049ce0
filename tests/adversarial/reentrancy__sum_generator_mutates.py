# expect: ok
x = [1, 2, 3]
def g():
    for v in x:
        if len(x) < 6:
            x.append(v)
        yield v
print(sum(g()))
# stdout: 12
