# expect: exception=AttributeError
def f():
    pass
getattr(f, '__glo' + 'bals__')
