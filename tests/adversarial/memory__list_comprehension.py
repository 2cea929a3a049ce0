# expect: limit=memory
x = [i for i in range(10**10)]
