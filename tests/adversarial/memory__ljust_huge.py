# expect: limit=memory
x = 'a'.ljust(10**10)
