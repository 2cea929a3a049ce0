# expect: ok
x = {}
for i in range(200000):
    x = {'k': x}
try:
    str(x)
except RecursionError:
    print('bounded')
# stdout: bounded
