# expect: exception=NameError
help()
