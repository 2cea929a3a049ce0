# expect: limit=memory
x = b'%*d' % (10 ** 10, 1)
