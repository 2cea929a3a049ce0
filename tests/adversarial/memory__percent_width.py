# expect: limit=memory
x = '%500000000d' % 1
