# expect: limit=time
# limits: duration=2
import hashlib
hashlib.pbkdf2_hmac('sha512', b'pw', b'salt', 4000000000, 1000)
