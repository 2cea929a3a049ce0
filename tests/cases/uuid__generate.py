import uuid

# === name based (RFC 4122 namespaces) ===
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a"))
try:
    uuid.uuid5(uuid.NAMESPACE_OID, b"1.3.6.1")
except TypeError as e:
    print(type(e).__name__, e)
u = uuid.uuid5(uuid.NAMESPACE_X500, "cn=monty")
print(u, u.version, u.variant, repr(u))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "é").version)

# === uuid4: version and variant bits (values are random) ===
for _ in range(5):
    r = uuid.uuid4()
    print(r.version, r.variant, len(str(r)), str(r)[14], str(r)[19] in "89ab")
print(uuid.uuid4() != uuid.uuid4())

# === constants ===
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep="|")
print(uuid.SafeUUID.safe.value, uuid.SafeUUID.unknown.value, uuid.SafeUUID.unsafe.name)

# === star import ===
from uuid import *
print(uuid3(NAMESPACE_DNS, "x"), UUID(int=7).hex, RFC_4122)
