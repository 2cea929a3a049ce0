# expect: limit=time
# limits: duration=2
import hashlib
data = b'x' * 10**7
h = hashlib.sha3_512(data)
while True:
    h.hexdigest()
