"""HMAC (RFC 2104) over the hash objects of `hashlib`."""

import hashlib as _hashlib

digest_size = None

_IPAD = 0x36
_OPAD = 0x5C


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        def make(d=b''):
            return _hashlib.new(digestmod, d)
        return make
    return digestmod.new


def _xor(key, pad):
    return bytes([b ^ pad for b in key])


class HMAC:
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if isinstance(key, bytearray):
            key = bytes(key)
        if not isinstance(key, bytes):
            raise TypeError('key: expected bytes or bytearray, but got ' + repr(type(key).__name__))
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        size = self._inner.block_size
        if size < 16:
            size = self.blocksize
        self.block_size = size
        if len(key) > size:
            key = make(key).digest()
        key = key + b'\x00' * (size - len(key))
        self._outer.update(_xor(key, _OPAD))
        self._inner.update(_xor(key, _IPAD))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC.__new__(HMAC)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a = a.encode()
        b = b.encode()
    elif isinstance(a, (bytes, bytearray)) or isinstance(b, (bytes, bytearray)):
        if not isinstance(a, (bytes, bytearray)) or not isinstance(b, (bytes, bytearray)):
            bad = b if isinstance(a, (bytes, bytearray)) else a
            raise TypeError("a bytes-like object is required, not '" + type(bad).__name__ + "'")
    else:
        raise TypeError(
            "unsupported operand types(s) or combination of types: '"
            + type(a).__name__ + "' and '" + type(b).__name__ + "'"
        )
    # walk the whole of both, so the time taken does not depend on where they differ
    result = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        result |= x ^ y
    return result == 0
