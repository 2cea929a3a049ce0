# expect: exception=AttributeError
setattr(len, 'x', 1)
