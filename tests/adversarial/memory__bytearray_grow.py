# expect: limit=memory
# A bytearray grown in place (+=, *=, extend, slice assignment) is charged as it grows.
b = bytearray(b'x' * 1000)
while True:
    b += b
