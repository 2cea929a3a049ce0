# expect: syntax=SyntaxError
x = 'abc
