# expect: limit=memory
x = f'{1.5:.500000000f}'
