import hashlib
import hmac

# === new / digest with a name or a constructor ===
print(hmac.new(b"key", b"The quick brown fox", "sha256").hexdigest())
print(hmac.new(b"key", b"msg", hashlib.md5).hexdigest())
print(hmac.new(b"k" * 200, b"long key is hashed first", hashlib.sha512).hexdigest())
print(hmac.new(b"", b"", "sha1").hexdigest())
print(hmac.digest(b"k", b"ab", "sha1").hex())
print(hmac.new(b"k", b"m", digestmod="blake2s").hexdigest())

# === objects ===
m = hmac.new(b"secret", digestmod="sha224")
m.update(b"part one ")
c = m.copy()
c.update(b"part two")
print(m.hexdigest())
print(c.hexdigest() == hmac.new(b"secret", b"part one part two", "sha224").hexdigest())
print(m.name, m.digest_size, m.block_size, len(m.digest()))

# === compare_digest ===
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"a", b"ab"))
print(hmac.compare_digest("token", "token"), hmac.compare_digest("token", "tokem"))

# === errors ===
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: hmac.new(b"key", b"msg"))
check(lambda: hmac.new("key", b"msg", "sha256"))
check(lambda: hmac.new(b"key", b"msg", "nope"))
check(lambda: hmac.compare_digest("a", b"a"))
check(lambda: hmac.compare_digest(1, 2))
check(lambda: hmac.compare_digest("é", "é"))
check(lambda: hmac.new(b"key", "text", "md5"))
