# expect: exception=NameError
__builtins__
