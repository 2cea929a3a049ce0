# expect: exception=NameError
memoryview(b'abc')
