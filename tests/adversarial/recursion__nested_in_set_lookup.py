# expect: ok
t = ()
for i in range(200000):
    t = (t,)
try:
    s = {t}
except RecursionError:
    print('bounded')
# stdout: bounded
