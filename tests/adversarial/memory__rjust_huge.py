# expect: limit=memory
x = 'a'.rjust(10**10, '*')
