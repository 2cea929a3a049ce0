# expect: limit=memory
x = (10**100) ** 10**8
