# expect: ok
try:
    print('x', file=None)
except BaseException as e:
    pass
print('done')
# stdout: x
# stdout: done
