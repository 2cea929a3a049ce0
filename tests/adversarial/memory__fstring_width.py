# expect: limit=memory
x = f'{1:10000000000}'
