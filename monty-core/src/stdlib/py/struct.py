"""Convert between Python values and C structs packed into bytes.

The codecs are native (`_struct`); `Struct` and `iter_unpack` are written here."""

from _struct import error, calcsize, pack, unpack, unpack_from, pack_into
import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


def _iterate(format, buffer, size):
    for start in range(0, len(buffer), size):
        yield unpack_from(format, buffer, start)


def iter_unpack(format, buffer):
    size = calcsize(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if not isinstance(buffer, (bytes, bytearray)):
        unpack(format, buffer)
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of ' + str(size) + ' bytes')
    return _iterate(format, buffer, size)


class Struct:
    def __init__(self, format):
        self.size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
