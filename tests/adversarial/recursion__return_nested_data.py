# expect: ok
x = []
for i in range(200000):
    x = [x]
x = None
print('done')
# stdout: done
