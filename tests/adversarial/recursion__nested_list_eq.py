# expect: ok
a = []
b = []
for i in range(200000):
    a = [a]
    b = [b]
try:
    a == b
except RecursionError:
    print('bounded')
# stdout: bounded
