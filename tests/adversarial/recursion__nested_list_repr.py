# expect: ok
x = []
for i in range(200000):
    x = [x]
try:
    repr(x)
except RecursionError:
    print('bounded')
# stdout: bounded
