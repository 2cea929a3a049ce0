"""System-specific parameters, as far as a sandbox has them.

Every value is a fixed constant of Monty, never a fact about the host: there
is no `modules`, `path`, `executable` or environment; `argv` is empty;
`stdout`/`stderr` write to the run's print sink, as `print()` does.
"""

import _sys
from _namedtuple import namedtuple

_VersionInfo = namedtuple('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'])


class version_info(_VersionInfo):
    def __repr__(self):
        return 'sys.' + _VersionInfo.__repr__(self)


version_info = version_info(3, 11, 0, 'final', 0)
version = '3.11.0 (monty)'
hexversion = 0x030B00F0
api_version = 1013
maxsize = _sys.maxsize
maxunicode = 0x10FFFF
byteorder = 'little'
platform = 'linux'
argv = []
orig_argv = []
dont_write_bytecode = True
float_repr_style = 'short'
_recursion_limit = 1000


class _TextSink:
    """sys.stdout / sys.stderr: text written here goes to the run's output."""

    def __init__(self, stream, name):
        self._stream = stream
        self.name = name
        self.encoding = 'utf-8'
        self.errors = 'strict'

    def write(self, s):
        return _sys.write(self._stream, s)

    def writelines(self, lines):
        for line in lines:
            _sys.write(self._stream, line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>" % self.name


stdout = _TextSink(1, '<stdout>')
stderr = _TextSink(2, '<stderr>')
__stdout__ = stdout
__stderr__ = stderr


def exit(*status):
    """Raise SystemExit(status), as CPython does; the host decides what it means."""
    if len(status) > 1:
        raise TypeError('exit expected at most 1 argument, got %d' % len(status))
    raise SystemExit(*status)


def getrecursionlimit():
    """The nominal recursion limit (Monty's own depth limit is set by the embedder)."""
    return _recursion_limit


def setrecursionlimit(limit, /):
    """Record a new nominal limit (Monty's depth limit is set by the embedder)."""
    global _recursion_limit
    if not isinstance(limit, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(limit).__name__)
    if limit < 1:
        raise ValueError('recursion limit must be greater or equal than 1')
    _recursion_limit = limit


def getdefaultencoding():
    return 'utf-8'


def intern(string, /):
    if type(string) is not str:
        raise TypeError('intern() argument must be str, not %s' % type(string).__name__)
    return string
