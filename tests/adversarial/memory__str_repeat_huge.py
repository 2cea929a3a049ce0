# expect: limit=memory
x = 'a' * 10**10
