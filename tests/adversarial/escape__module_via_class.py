# expect: ok
print(type(len).__name__)
# stdout: builtin_function_or_method
