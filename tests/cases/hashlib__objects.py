import hashlib

# === incremental update equals one shot ===
h = hashlib.sha256()
for i in range(50):
    h.update(bytes([i]) * i)
whole = b"".join(bytes([i]) * i for i in range(50))
print(h.hexdigest() == hashlib.sha256(whole).hexdigest(), h.hexdigest())

# === digest does not finalize; copy forks the state ===
m = hashlib.md5(b"abc")
first = m.hexdigest()
print(first == m.hexdigest())
c = m.copy()
c.update(b"def")
print(m.hexdigest(), c.hexdigest(), hashlib.md5(b"abcdef").hexdigest())
m.update(b"x")
print(m.hexdigest(), c.hexdigest())

# === attributes ===
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_512"]:
    o = getattr(hashlib, name)()
    print(name, o.name, o.digest_size, o.block_size, len(o.digest()))
x = hashlib.shake_256(b"a")
print(x.name, x.digest_size, x.block_size, len(x.digest(100)), x.hexdigest(0))

# === errors ===
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: hashlib.md5("text"))
check(lambda: hashlib.sha1(123))
check(lambda: hashlib.sha256().update("text"))
check(lambda: hashlib.sha256().update(None))
check(lambda: hashlib.new("sha257"))
check(lambda: hashlib.new(5))
check(lambda: hashlib.new("md5", data=b"a").hexdigest())

# === star import ===
from hashlib import *
print(sha256(b"a").hexdigest()[:16], algorithms_guaranteed <= algorithms_available)
