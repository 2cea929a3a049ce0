"""In-memory streams: StringIO (text) and BytesIO (binary). Files (`open`,
the builtin) are in `_io`: they need the file system capability."""

__all__ = ['StringIO', 'BytesIO', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """The builtin open(): a file in a mounted directory."""
    import _io
    return _io.open(file, mode, buffering, encoding, errors, newline, closefd, opener)


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


class _IOBase:
    """What in-memory and file streams share: the closed check, `with`, and
    iteration by line."""

    def _check_base(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check_base()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_base()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _Memory(_IOBase):
    """What StringIO and BytesIO share: a value, a position, and writes at the end
    collected in a list (joined when read), so appending stays linear."""

    _empty = ''

    def _setup(self, initial):
        self._value = initial
        self._tail = []
        self._len = len(initial)
        self._pos = 0
        self._closed = False

    def _flat(self):
        if self._tail:
            self._value = self._value + self._empty.join(self._tail)
            self._tail = []
        return self._value

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def tell(self):
        self._check()
        return self._pos

    def _write(self, s):
        n = len(s)
        if n == 0:
            return 0
        if self._pos == self._len:
            self._tail.append(s)
        else:
            v = self._flat()
            if self._pos > self._len:
                v = v + self._pad * (self._pos - self._len)
            self._value = v[:self._pos] + s + v[self._pos + n:]
        self._pos += n
        if self._pos > self._len:
            self._len = self._pos
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        v = self._flat()
        start = min(self._pos, self._len)
        if size < 0:
            end = self._len
        else:
            end = min(self._len, start + size)
        if end > start:
            self._pos = end
        return v[start:end]

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        v = self._flat()
        start = min(self._pos, self._len)
        end = v.find(self._nl, start)
        end = self._len if end < 0 else end + 1
        if size >= 0 and start + size < end:
            end = start + size
        if end > start:
            self._pos = end
        return v[start:end]

    def readlines(self, hint=-1):
        self._check()
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        elif size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._len:
            self._value = self._flat()[:size]
            self._len = size
        return size


class StringIO(_Memory):
    """A text stream in memory."""

    _empty = ''
    _pad = '\0'
    _closed_msg = 'I/O operation on closed file'
    _nl = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._setup('')
        if initial_value:
            self._write(self._translate(initial_value))
            self._pos = 0

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl == '\r' or nl == '\r\n':
            return s.replace('\n', nl)
        return s

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def write(self, s):
        """Write `s` at the position; returns the number of characters written."""
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got \'%s\'' % type(s).__name__)
        self._write(self._translate(s))
        return len(s)

    def seek(self, pos, whence=0):
        """Move to `pos` (from the start; whence 1 and 2 only with pos 0)."""
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = self._len
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def getvalue(self):
        """The whole text, whatever the position."""
        self._check()
        return self._flat()

    def __repr__(self):
        return '<_io.StringIO object>'


def _as_bytes(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, bytearray):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(_Memory):
    """A binary stream in memory."""

    _empty = b''
    _pad = b'\0'
    _closed_msg = 'I/O operation on closed file.'
    _nl = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._setup(_as_bytes(initial_bytes))

    def write(self, b):
        """Write bytes at the position; returns the number written."""
        self._check()
        return self._write(_as_bytes(b))

    def seek(self, pos, whence=0):
        """Move to `pos` relative to the start (0), the position (1) or the end (2)."""
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._len + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def getvalue(self):
        """All the bytes, whatever the position."""
        self._check()
        return self._flat()

    def __iter__(self):
        return self

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def __repr__(self):
        return '<_io.BytesIO object>'
