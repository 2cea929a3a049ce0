"""Files in mounted directories: the builtin `open()` and its file objects.

Everything goes through the file system capability (group `fs`: `read_bytes`,
`write_bytes`, `stat`, ...), which confines each path to the directories the
embedder mounted; without it, opening raises PermissionError. A file opened
for reading is read whole when first read; writes collect in memory and reach
the host on flush(), close() or the end of a `with` block (and whenever more
than a buffer's worth is pending).
"""

import _monty_host
from io import BytesIO as _BytesIO, StringIO as _StringIO, UnsupportedOperation, _IOBase

DEFAULT_BUFFER_SIZE = 8192
_FLUSH_AT = 1 << 16
_NEWLINES = (None, '', '\n', '\r', '\r\n')


def _fs(name, what):
    """The host function `name` of the fs capability, or PermissionError naming `what`."""
    f = _monty_host.external(name)
    if f is None:
        raise PermissionError(what + " needs the file system capability: grant group 'fs' (mounted directories)")
    return f


def _fspath(file):
    """The path string of `file` (a str, bytes or an object with `__fspath__`)."""
    if isinstance(file, str):
        return file
    if isinstance(file, bytes):
        return file.decode('utf-8')
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is not None:
        path = fspath(file)
        if isinstance(path, (str, bytes)):
            return _fspath(path)
        raise TypeError('expected ' + type(file).__name__ + '.__fspath__() to return str or bytes, not '
                        + type(path).__name__)
    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(file).__name__)


def _parse_mode(mode):
    """(kind, plus, binary) of an open() mode, checked as CPython does."""
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    seen = ''
    for ch in mode:
        if ch not in 'rwaxbt+' or ch in seen:
            raise ValueError('invalid mode: ' + repr(mode))
        seen += ch
    kinds = [ch for ch in seen if ch in 'rwax']
    if 'b' in seen and 't' in seen:
        raise ValueError("can't have text and binary mode at once")
    if len(kinds) != 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    return kinds[0], '+' in seen, 'b' in seen


class _File(_IOBase):
    """What every file object shares: the path, the mode, the contents in
    memory (`_mem`, a BytesIO or StringIO) and what of it the host already has."""

    def _open(self, path, kind, plus):
        self.name = path
        self._path = path
        self._closed = False
        self._readable = kind == 'r' or plus
        self._writable = kind != 'r' or plus
        self._append = kind == 'a'
        self._loaded = False
        self._rewrite = False
        self._synced = 0
        self._base = 0
        if kind == 'r':
            st = _fs('stat', 'open()')(path)
            if st['is_dir']:
                raise IsADirectoryError("[Errno 21] Is a directory: '" + path + "'")
            if plus:
                self._load()
        elif kind == 'a' and not plus:
            _fs('write_bytes', 'open()')(path, b'', 'a')
            self._mem = self._new_mem(self._empty)
            self._loaded = True
            self._base = _fs('stat', 'open()')(path)['size']
        else:
            _fs('write_bytes', 'open()')(path, b'', 'w' if kind == 'w' else kind)
            if kind == 'a':
                self._load()
                self._mem.seek(0, 2)
            else:
                self._mem = self._new_mem(self._empty)
                self._loaded = True

    def _load(self):
        """Read the whole file into memory (once)."""
        if not self._loaded:
            data = _fs('read_bytes', 'open()')(self._path)
            self._mem = self._new_mem(self._decode(data))
            self._synced = self._mem_len()
            self._loaded = True

    def _mem_len(self):
        pos = self._mem.tell()
        end = self._mem.seek(0, 2)
        self._mem.seek(pos)
        return end

    def _check_readable(self):
        self._check_base()
        if not self._readable:
            raise UnsupportedOperation('not readable')
        self._load()

    def _check_writable(self):
        self._check_base()
        if not self._writable:
            raise UnsupportedOperation('not writable')

    def readable(self):
        self._check_base()
        return self._readable

    def writable(self):
        self._check_base()
        return self._writable

    def seekable(self):
        self._check_base()
        return True

    def isatty(self):
        self._check_base()
        return False

    def _put(self, data):
        """Store `data` at the position (at the end in append mode)."""
        if self._append:
            self._mem.seek(0, 2)
        pos = self._mem.tell()
        if pos < self._synced:
            self._rewrite = True
        self._mem.write(data)
        if self._mem_len() - self._synced > _FLUSH_AT:
            self.flush()

    def flush(self):
        """Send what was written to the host."""
        self._check_base()
        if not self._writable or not self._loaded:
            return
        if self._rewrite:
            _fs('write_bytes', 'flush()')(self._path, self._encode(self._mem.getvalue()), 'w')
        else:
            value = self._mem.getvalue()
            if len(value) > self._synced:
                _fs('write_bytes', 'flush()')(self._path, self._encode(value[self._synced:]), 'a')
        self._synced = self._mem_len()
        self._rewrite = False

    def close(self):
        """Flush and close; closing again does nothing."""
        if self._closed:
            return
        try:
            self.flush()
        finally:
            self._closed = True

    def truncate(self, size=None):
        self._check_writable()
        self._load()
        if size is None:
            size = self._mem.tell()
        self._mem.truncate(size)
        self._rewrite = True
        return size

    def readlines(self, hint=-1):
        self._check_readable()
        return self._mem.readlines(hint)

    def writelines(self, lines):
        self._check_writable()
        for line in lines:
            self.write(line)


class TextIOWrapper(_File):
    """A text file: str in and out, encoded on the way to the host."""

    _empty = ''

    def __init__(self, path, mode, kind, plus, encoding, errors, newline):
        self.mode = mode
        self._encoding = 'UTF-8' if encoding is None else encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self._open(path, kind, plus)

    def _new_mem(self, initial):
        return _StringIO(initial)

    def _decode(self, data):
        text = data.decode(self._encoding, self._errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _encode(self, text):
        return text.encode(self._encoding, self._errors)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def read(self, size=-1):
        """Up to `size` characters (all the rest by default)."""
        self._check_readable()
        return self._mem.read(size)

    def readline(self, size=-1):
        """The next line, with its newline; '' at the end."""
        self._check_readable()
        return self._mem.readline(size)

    def write(self, s):
        """Write the text `s`; returns its length."""
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        n = len(s)
        if self._newline == '\r' or self._newline == '\r\n':
            s = s.replace('\n', self._newline)
        self._put(s)
        return n

    def tell(self):
        """The position, in bytes of the encoded text."""
        self._check_base()
        if not self._loaded:
            return 0
        pos = self._mem.tell()
        return self._base + len(self._encode(self._mem.getvalue()[:pos]))

    def seek(self, cookie, whence=0):
        """Move to a position given by tell(), or to the end (`seek(0, 2)`)."""
        self._check_base()
        if not isinstance(cookie, int):
            raise TypeError("'" + type(cookie).__name__ + "' object cannot be interpreted as an integer")
        self._load()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._mem.seek(0, 2)
            return self.tell()
        if whence != 0:
            raise ValueError('invalid whence (' + str(whence) + ', should be 0, 1 or 2)')
        if cookie < 0:
            raise ValueError('negative seek position ' + str(cookie))
        text = self._mem.getvalue()
        data = self._encode(text)
        offset = cookie - self._base
        if len(data) == len(text) or offset >= len(data):
            chars = offset
        else:
            chars = len(data[:max(offset, 0)].decode(self._encoding, 'ignore'))
        self._mem.seek(max(chars, 0))
        return cookie

    def __repr__(self):
        return ("<_io.TextIOWrapper name=" + repr(self.name) + " mode=" + repr(self.mode) + " encoding="
                + repr(self._encoding) + ">")


class BufferedReader(_File):
    """A binary file: bytes in and out."""

    _empty = b''

    def __init__(self, path, mode, kind, plus):
        self.mode = mode
        self._open(path, kind, plus)

    def _new_mem(self, initial):
        return _BytesIO(initial)

    def _decode(self, data):
        return data

    def _encode(self, data):
        return data

    def read(self, size=-1):
        """Up to `size` bytes (all the rest by default)."""
        self._check_readable()
        return self._mem.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        """The next line, with its b'\\n'; b'' at the end."""
        self._check_readable()
        return self._mem.readline(size)

    def peek(self, size=0):
        self._check_readable()
        pos = self._mem.tell()
        data = self._mem.read()
        self._mem.seek(pos)
        return data

    def write(self, b):
        """Write the bytes `b`; returns how many."""
        self._check_writable()
        if not isinstance(b, bytes):
            raise TypeError("a bytes-like object is required, not '" + type(b).__name__ + "'")
        self._put(b)
        return len(b)

    def tell(self):
        self._check_base()
        if not self._loaded:
            return 0
        return self._base + self._mem.tell()

    def seek(self, pos, whence=0):
        """Move to `pos` from the start (0), the position (1) or the end (2)."""
        self._check_base()
        if not isinstance(pos, int):
            raise TypeError("'" + type(pos).__name__ + "' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2):
            raise ValueError('whence value ' + str(whence) + ' unsupported')
        self._load()
        if whence == 0 and pos < 0:
            raise OSError('[Errno 22] Invalid argument')
        if whence == 0:
            pos = pos - self._base
        self._mem.seek(pos, whence)
        return self.tell()

    def __repr__(self):
        return '<_io.' + type(self).__name__ + ' name=' + repr(self.name) + '>'


class BufferedWriter(BufferedReader):
    """A binary file opened for writing."""


class BufferedRandom(BufferedReader):
    """A binary file opened for reading and writing."""


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Open a file in a mounted directory (modes r w a x, t or b, and +)."""
    if isinstance(file, int) and not isinstance(file, bool):
        raise OSError('[Errno 9] Bad file descriptor')
    path = _fspath(file)
    kind, plus, binary = _parse_mode(mode)
    if not isinstance(buffering, int):
        raise TypeError("'" + type(buffering).__name__ + "' object cannot be interpreted as an integer")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not " + type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not " + type(errors).__name__)
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not " + type(newline).__name__)
    if newline not in _NEWLINES:
        raise ValueError('illegal newline value: ' + newline)
    if opener is not None:
        raise PermissionError('open(): opener is not supported in Monty')
    if binary:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
        raw = ('r' if plus and kind == 'w' else kind) + 'b' + ('+' if plus else '')
        if plus:
            return BufferedRandom(path, raw, kind, plus)
        if kind == 'r':
            return BufferedReader(path, raw, kind, plus)
        return BufferedWriter(path, raw, kind, plus)
    if buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if encoding is not None:
        ''.encode(encoding)
    return TextIOWrapper(path, mode, kind, plus, encoding, errors, newline)
