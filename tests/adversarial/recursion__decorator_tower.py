# expect: exception=RecursionError
def deco(f):
    return lambda *a: f(*a)
def f(n):
    return f(n + 1)
f = deco(f)
f(0)
