# expect: ok
x = 0
# repeat: 20000 x += 1
print(x)
# stdout: 20000
