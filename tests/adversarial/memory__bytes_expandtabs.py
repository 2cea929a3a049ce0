# expect: limit=memory
x = b'\t' * 1000
y = x.expandtabs(10 ** 8)
