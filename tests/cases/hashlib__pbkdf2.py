import hashlib

# === derived keys ===
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 2, 50).hex())
print(hashlib.pbkdf2_hmac("SHA256", b"pw", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, dklen=None).hex())
print(hashlib.pbkdf2_hmac("sha512", b"", b"", 3, 100).hex())
print(hashlib.pbkdf2_hmac("md5", b"k" * 200, b"s", 5, 7).hex())
print(hashlib.pbkdf2_hmac("sha3_256", b"pw", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha224", password=b"a", salt=b"b", iterations=10).hex()
      if False else hashlib.pbkdf2_hmac("sha224", b"a", b"b", 10).hex())

# === errors ===
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 0))
check(lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, 0))
check(lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 2**40))
check(lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, 2**40))
check(lambda: hashlib.pbkdf2_hmac("sha256", "pw", b"salt", 1))
check(lambda: hashlib.pbkdf2_hmac("sha256", b"pw", "salt", 1))
check(lambda: hashlib.pbkdf2_hmac(5, b"pw", b"salt", 1))
check(lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1.5))
