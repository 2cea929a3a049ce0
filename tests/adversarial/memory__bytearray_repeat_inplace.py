# expect: limit=memory
b = bytearray(b'abc')
b *= 10 ** 12
