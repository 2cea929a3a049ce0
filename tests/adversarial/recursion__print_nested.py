# expect: ok
x = []
for i in range(200000):
    x = [x]
try:
    print(x)
except RecursionError:
    print('bounded')
# stdout: bounded
