# expect: limit=memory
x = '1'.zfill(10**10)
