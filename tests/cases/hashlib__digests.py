import hashlib

# === every guaranteed algorithm ===
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"The quick brown fox jumps over the lazy dog")
    if name.startswith("shake"):
        print(name, h.hexdigest(16), h.digest(4), h.digest_size, h.block_size)
    else:
        print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)

# === empty input and constructors ===
print(hashlib.md5().hexdigest())
print(hashlib.sha1(b"").hexdigest())
print(hashlib.sha256(b"abc").digest())
print(hashlib.sha512(b"abc", usedforsecurity=False).hexdigest()[:32])
print(hashlib.sha3_256(b"abc").hexdigest())
print(hashlib.new("SHA256", b"abc").name, hashlib.new("sha384").hexdigest()[:16])
print(hashlib.md5(string=b"abc").hexdigest())
print("md5" in hashlib.algorithms_available, sorted(hashlib.algorithms_guaranteed)[:3])

# === larger input ===
data = bytes(range(256)) * 400
print(hashlib.sha256(data).hexdigest())
print(hashlib.md5(data * 3).hexdigest())
