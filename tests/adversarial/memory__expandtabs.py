# expect: limit=memory
x = ('\t' * 10**4).expandtabs(10**6)
