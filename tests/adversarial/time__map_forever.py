# expect: limit=time
# limits: duration=2
def f(x):
    return x + 1
while True:
    list(map(f, range(1000)))
