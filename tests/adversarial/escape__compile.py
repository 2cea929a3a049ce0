# expect: exception=NameError
compile('1', 'x', 'eval')
