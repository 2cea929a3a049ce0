# expect: limit=memory
x = '%.500000000f' % 1.5
