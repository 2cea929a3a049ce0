# expect: limit=memory
x = b'xyz' * 10**9
