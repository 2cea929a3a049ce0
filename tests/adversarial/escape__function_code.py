# expect: exception=AttributeError
def f():
    pass
f.__code__
