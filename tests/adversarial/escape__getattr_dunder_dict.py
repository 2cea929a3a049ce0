# expect: exception=AttributeError
getattr(len, '__dict__')
