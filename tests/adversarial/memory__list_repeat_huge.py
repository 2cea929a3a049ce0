# expect: limit=memory
x = [None] * 10**10
