# expect: exception=RecursionError
def g(n):
    yield from g(n + 1)
list(g(0))
