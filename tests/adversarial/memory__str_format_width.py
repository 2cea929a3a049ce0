# expect: limit=memory
x = '{:>500000000}'.format('a')
