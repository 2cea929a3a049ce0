# expect: limit=memory
x = format('a', '>500000000')
