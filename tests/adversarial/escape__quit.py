# expect: exception=NameError
quit()
