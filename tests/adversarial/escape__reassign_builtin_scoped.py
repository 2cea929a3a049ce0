# expect: ok
def len(x):
    return 42
print(len([1]))
del len
print(len([1]))
# stdout: 42
# stdout: 1
