# expect: limit=memory
x = 'a'.center(10**10)
