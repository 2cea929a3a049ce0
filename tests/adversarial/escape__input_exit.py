# expect: exception=NameError
exit()
