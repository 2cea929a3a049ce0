"""Secure hashes and message digests: md5, sha1, sha2, sha3, shake and blake2.

A hash object keeps the bytes it was fed and asks the native `_hashlib` for the
digest of all of them, so its state is plain data (it survives a snapshot) and
its size counts against the memory budget."""

import _hashlib

_FIXED = {
    'md5': (16, 64),
    'sha1': (20, 64),
    'sha224': (28, 64),
    'sha256': (32, 64),
    'sha384': (48, 128),
    'sha512': (64, 128),
    'sha3_224': (28, 144),
    'sha3_256': (32, 136),
    'sha3_384': (48, 104),
    'sha3_512': (64, 72),
}
_SHAKE = {'shake_128': 168, 'shake_256': 136}

algorithms_guaranteed = {
    'blake2b', 'blake2s', 'md5', 'sha1', 'sha224', 'sha256', 'sha384',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'sha512', 'shake_128', 'shake_256',
}
algorithms_available = set(algorithms_guaranteed)


def _check(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytearray):
        return bytes(data)
    if not isinstance(data, bytes):
        raise TypeError('object supporting the buffer API required')
    return data


class _Base:
    def update(self, data):
        self._parts.append(_check(data))

    def _data(self):
        parts = self._parts
        if len(parts) == 1:
            return parts[0]
        data = b''.join(parts)
        self._parts = [data]
        return data

    def copy(self):
        other = self._empty()
        other._parts = [self._data()]
        return other


class HASH(_Base):
    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _FIXED[name]
        self._parts = [_check(data)]

    def _empty(self):
        return HASH(self.name)

    def digest(self):
        return _hashlib.digest(self.name, self._data())

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return '<' + self.name + ' _hashlib.HASH object>'


class HASHXOF(_Base):
    digest_size = 0

    def __init__(self, name, data=b''):
        self.name = name
        self.block_size = _SHAKE[name]
        self._parts = [_check(data)]

    def _empty(self):
        return HASHXOF(self.name)

    def digest(self, length):
        if length < 0:
            raise ValueError('length must be non-negative')
        return _hashlib.shake(self.name, self._data(), length)

    def hexdigest(self, length):
        return self.digest(length).hex()

    def __repr__(self):
        return '<' + self.name + ' _hashlib.HASHXOF object>'


class _Blake2(_Base):
    def __init__(self, data, digest_size, key, salt, person):
        big = self.name == 'blake2b'
        limit = 64 if big else 32
        quarter = 16 if big else 8
        if not isinstance(digest_size, int) or digest_size < 1 or digest_size > limit:
            raise ValueError('digest_size must be between 1 and ' + str(limit) + ' bytes')
        if len(_check(key)) > limit:
            raise ValueError('maximum key length is ' + str(limit) + ' bytes')
        if len(_check(salt)) > quarter:
            raise ValueError('maximum salt length is ' + str(quarter) + ' bytes')
        if len(_check(person)) > quarter:
            raise ValueError('maximum person length is ' + str(quarter) + ' bytes')
        self.digest_size = digest_size
        self.block_size = 128 if big else 64
        self._params = (digest_size, key, salt, person)
        self._parts = [_check(data)]

    def digest(self):
        size, key, salt, person = self._params
        return _hashlib.blake2(self.name, self._data(), size, key, salt, person)

    def hexdigest(self):
        return self.digest().hex()


class blake2b(_Blake2):
    name = 'blake2b'
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16

    def __init__(self, data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', usedforsecurity=True):
        _Blake2.__init__(self, data, digest_size, key, salt, person)

    def _empty(self):
        size, key, salt, person = self._params
        return blake2b(digest_size=size, key=key, salt=salt, person=person)


class blake2s(_Blake2):
    name = 'blake2s'
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8

    def __init__(self, data=b'', *, digest_size=32, key=b'', salt=b'', person=b'', usedforsecurity=True):
        _Blake2.__init__(self, data, digest_size, key, salt, person)

    def _empty(self):
        size, key, salt, person = self._params
        return blake2s(digest_size=size, key=key, salt=salt, person=person)


def md5(string=b'', *, usedforsecurity=True):
    return HASH('md5', string)


def sha1(string=b'', *, usedforsecurity=True):
    return HASH('sha1', string)


def sha224(string=b'', *, usedforsecurity=True):
    return HASH('sha224', string)


def sha256(string=b'', *, usedforsecurity=True):
    return HASH('sha256', string)


def sha384(string=b'', *, usedforsecurity=True):
    return HASH('sha384', string)


def sha512(string=b'', *, usedforsecurity=True):
    return HASH('sha512', string)


def sha3_224(string=b'', *, usedforsecurity=True):
    return HASH('sha3_224', string)


def sha3_256(string=b'', *, usedforsecurity=True):
    return HASH('sha3_256', string)


def sha3_384(string=b'', *, usedforsecurity=True):
    return HASH('sha3_384', string)


def sha3_512(string=b'', *, usedforsecurity=True):
    return HASH('sha3_512', string)


def shake_128(string=b'', *, usedforsecurity=True):
    return HASHXOF('shake_128', string)


def shake_256(string=b'', *, usedforsecurity=True):
    return HASHXOF('shake_256', string)


pbkdf2_hmac = _hashlib.pbkdf2_hmac


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    key = name.lower()
    kwargs.pop('usedforsecurity', None)
    if key == 'blake2b':
        return blake2b(data, **kwargs)
    if key == 'blake2s':
        return blake2s(data, **kwargs)
    if 'string' in kwargs:
        data = kwargs.pop('string')
    if kwargs:
        raise TypeError("'" + next(iter(kwargs)) + "' is an invalid keyword argument for new()")
    if key in _FIXED:
        return HASH(key, data)
    if key in _SHAKE:
        return HASHXOF(key, data)
    raise ValueError('unsupported hash type ' + name)


__all__ = (
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
    'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac',
)
