# expect: exception=NameError
breakpoint()
