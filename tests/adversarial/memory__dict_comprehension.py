# expect: limit=memory
x = {i: i for i in range(10**10)}
