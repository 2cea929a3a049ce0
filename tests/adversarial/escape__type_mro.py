# expect: exception=AttributeError
int.__mro__[-1].__subclasses__()
