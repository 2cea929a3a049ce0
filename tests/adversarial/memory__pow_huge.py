# expect: limit=memory
x = 2 ** 10**10
