# expect: exception=EOFError
input('> ')
