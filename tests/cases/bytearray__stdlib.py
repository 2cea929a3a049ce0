import base64
import binascii
import hashlib
import hmac
import io
import struct
import json
import copy
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'hello world')
# === struct ===
def packed():
    buf = bytearray(8)
    struct.pack_into('<hh', buf, 2, 1, 2)
    struct.pack_into('>I', buf, -4, 0x01020304)
    return buf
t(packed)
def pack_err(off, fmt='<hh', *vals):
    buf = bytearray(8)
    struct.pack_into(fmt, buf, off, *(vals or (1, 2)))
    return buf
t(lambda: pack_err(6))
t(lambda: pack_err(-2))
t(lambda: pack_err(-20))
t(lambda: pack_err('x'))
t(lambda: pack_err(0, '<hh', 1))
t(lambda: struct.pack_into('<h', b'xx', 0, 1))
t(lambda: (struct.unpack('<hh', bytearray(b'\x01\x00\x02\x00')), struct.unpack_from('<h', bytearray(b'\x00\x05\x00'), 1), list(struct.iter_unpack('<B', bytearray(b'\x01\x02')))))
t(lambda: struct.Struct('<h').unpack(bytearray(b'\x07\x00')))
# === base64 / binascii ===
t(lambda: (base64.b64encode(ba), base64.b64decode(bytearray(b'aGk=')), base64.b16encode(bytearray(b'\x01')), base64.b32encode(bytearray(b'a')), base64.urlsafe_b64encode(bytearray(b'\xff\xfe'))))
t(lambda: (binascii.hexlify(bytearray(b'\x01\x02')), binascii.unhexlify(bytearray(b'0102')), binascii.crc32(bytearray(b'abc'))))
# === hashlib / hmac ===
t(lambda: (hashlib.sha256(ba).hexdigest() == hashlib.sha256(bytes(ba)).hexdigest(), hashlib.md5(bytearray(b'')).hexdigest()))
def hash_update():
    h = hashlib.sha1()
    data = bytearray(b'abc')
    h.update(data)
    data.append(100)
    return h.hexdigest() == hashlib.sha1(b'abc').hexdigest()
t(hash_update)
t(lambda: hmac.new(bytearray(b'key'), b'msg', 'sha256').hexdigest() == hmac.new(b'key', b'msg', 'sha256').hexdigest())
t(lambda: (hmac.compare_digest(bytearray(b'a'), b'a'), hmac.compare_digest(b'a', bytearray(b'b'))))
# === io.BytesIO ===
def bio():
    src = bytearray(b'start')
    f = io.BytesIO(src)
    src.append(33)
    f.seek(0, 2)
    f.write(bytearray(b'-more'))
    return f.getvalue()
t(bio)
# === int.from_bytes, join, copy, json ===
t(lambda: (int.from_bytes(bytearray(b'\x01\x00'), 'little'), int.from_bytes(bytearray(b'\x01\x00'), 'big', signed=True)))
t(lambda: (b''.join([bytearray(b'a'), b'b']), bytearray().join([])))
def copies():
    a = bytearray(b'x')
    c = copy.copy(a)
    d = copy.deepcopy([a])
    c.append(1)
    d[0].append(2)
    return a, c, d
t(copies)
t(lambda: json.dumps(bytearray(b'x')))
t(lambda: json.loads(bytearray(b'[1, 2]')))
