# expect: limit=memory
def g():
    while True:
        yield 'x' * 10000
x = list(g())
