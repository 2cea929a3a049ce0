# expect: exception=NameError
exec('print(1)')
