# expect: limit=memory
x = 'ab' * 2**62
