# expect: ok
# limits: duration=5
# Appending one byte at a time stays linear: the receiver is not walked per call.
b = bytearray()
for i in range(200000):
    b.append(i & 0xFF)
print(len(b))
# stdout: 200000
