# expect: limit=memory
import hashlib
h = hashlib.md5()
while True:
    h.update(b'y' * 100000)
