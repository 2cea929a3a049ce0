import uuid

# === every accepted spelling ===
forms = [
    "12345678-1234-5678-1234-567812345678",
    "{12345678-1234-5678-1234-567812345678}",
    "12345678123456781234567812345678",
    "urn:uuid:12345678-1234-5678-1234-567812345678",
    "{12345678123456781234567812345678}",
    "uuid:1234-5678-1234-5678-1234-5678-1234-5678",
    "ABCDEF00-0000-4000-8000-0000000000FF",
]
for f in forms:
    u = uuid.UUID(f)
    print(str(u), repr(u), u.hex, u.int, u.urn)

# === attributes ===
u = uuid.UUID("550e8400-e29b-41d4-a716-446655440000")
print(u.version, u.variant, u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
print(u.node, u.time, u.clock_seq, int(u), u.is_safe)

# === other constructors ===
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u)
print(uuid.UUID(int=0), uuid.UUID(int=2**128 - 1), uuid.UUID(int=5, version=4))
v = uuid.UUID(bytes=bytes(range(16)), version=1)
print(v, v.version, v.variant)
for n in [0, 0x8000 << 48, 0xc000 << 48, 0xe000 << 48]:
    w = uuid.UUID(int=n)
    print(w.variant, w.version)

# === comparisons and hashing ===
a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1)
print(sorted([b, a, uuid.UUID(int=0)]))
print(hash(a) == hash(uuid.UUID(int=1)), len({a, b, uuid.UUID(int=1)}), {a: "x"}[uuid.UUID(int=1)])

# === errors ===
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: uuid.UUID())
check(lambda: uuid.UUID("1234"))
check(lambda: uuid.UUID("12345678-1234-5678-1234-56781234567g"))
check(lambda: uuid.UUID(bytes=b"short"))
check(lambda: uuid.UUID(bytes_le=b"short"))
check(lambda: uuid.UUID(int=-1))
check(lambda: uuid.UUID(int=2**128))
check(lambda: uuid.UUID(fields=(1, 2, 3)))
check(lambda: uuid.UUID(fields=(2**32, 0, 0, 0, 0, 0)))
check(lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)))
check(lambda: uuid.UUID(int=1, version=6))
check(lambda: uuid.UUID(hex="00" * 16, int=3))
check(lambda: setattr(u, "int", 5))
