# expect: limit=time
# limits: duration=2
def f(n):
    return f(n + 1)
while True:
    try:
        f(0)
    except RecursionError:
        pass
