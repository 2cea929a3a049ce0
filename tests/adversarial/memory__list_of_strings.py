# expect: limit=memory
x = [str(i) * 100 for i in range(10**8)]
