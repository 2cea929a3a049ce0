# expect: exception=AttributeError
getattr(print, '__self__').open
