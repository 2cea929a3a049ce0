# expect: ok
try:
    d = dir()
    print('ok')
except NameError:
    print('ok')
# stdout: ok
