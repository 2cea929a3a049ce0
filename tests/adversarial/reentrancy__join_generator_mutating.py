# expect: ok
x = ['a', 'b']
def g():
    for v in x:
        if len(x) < 4:
            x.append(v.upper())
        yield v
print(''.join(g()))
# stdout: abAB
