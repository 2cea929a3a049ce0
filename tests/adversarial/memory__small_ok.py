# expect: ok
x = 'a' * 10**6
y = [0] * 10**5
print(len(x), len(y))
# stdout: 1000000 100000
