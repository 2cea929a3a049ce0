# expect: exception=AttributeError
print.__builtins__
