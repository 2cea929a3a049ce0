# expect: ok
x = [1, 2, 3, 4]
def p(v):
    if x:
        x.pop()
    return True
print(list(filter(p, x)))
# stdout: [1, 2]
