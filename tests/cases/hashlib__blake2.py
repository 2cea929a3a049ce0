import hashlib

# === defaults ===
print(hashlib.blake2b(b"abc").hexdigest())
print(hashlib.blake2s(b"abc").hexdigest())
b = hashlib.blake2b()
print(b.name, b.digest_size, b.block_size, type(b).__name__)
s = hashlib.blake2s()
print(s.name, s.digest_size, s.block_size, type(s).__name__)

# === digest_size, key, salt, person ===
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest())
print(hashlib.blake2b(b"msg", key=b"secret").hexdigest())
print(hashlib.blake2b(b"", key=b"k").hexdigest())
print(hashlib.blake2b(b"x" * 300, key=b"k" * 64, digest_size=64).hexdigest())
print(hashlib.blake2b(b"x" * 128).hexdigest())
print(hashlib.blake2b(b"x", key=b"k", salt=b"salt", person=b"me", digest_size=20).hexdigest())
print(hashlib.blake2s(b"x", key=b"k" * 32, salt=b"s" * 8, person=b"p" * 8, digest_size=20).hexdigest())
print(hashlib.new("blake2b", b"a", digest_size=8).hexdigest())
print(hashlib.blake2s(b"abc", digest_size=1).digest())

# === update and copy keep the parameters ===
h = hashlib.blake2b(digest_size=10, key=b"k")
h.update(b"ab")
c = h.copy()
c.update(b"cd")
print(h.hexdigest(), c.hexdigest(), hashlib.blake2b(b"abcd", digest_size=10, key=b"k").hexdigest())
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.SALT_SIZE)

# === errors ===
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: hashlib.blake2b(digest_size=65))
check(lambda: hashlib.blake2b(digest_size=0))
check(lambda: hashlib.blake2s(digest_size=33))
check(lambda: hashlib.blake2b(key=b"x" * 65))
check(lambda: hashlib.blake2s(key=b"x" * 33))
check(lambda: hashlib.blake2b(salt=b"x" * 17))
check(lambda: hashlib.blake2s(person=b"x" * 9))
check(lambda: hashlib.blake2b("abc"))
