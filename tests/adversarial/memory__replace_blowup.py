# expect: limit=memory
s = 'a' * 10**6
x = s.replace('a', 'b' * 1000)
