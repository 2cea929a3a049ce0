# expect: exception=AttributeError
def f():
    x = 1
    def g():
        return x
    return g
f().__closure__[0].cell_contents
