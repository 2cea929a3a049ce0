# expect: ok
x = '\ud800'
print(len(x))
# stdout: 1
