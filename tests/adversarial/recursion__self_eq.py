# expect: ok
x = []
x.append(x)
y = []
y.append(y)
try:
    print(x == y)
except RecursionError:
    print('bounded')
# stdout: bounded
