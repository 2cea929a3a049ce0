"""A part of `os`: allowed environment variables, and files in mounted directories.

`getenv` and `environ` read through the environment capability (host
function `getenv` of group `env`), which answers only for the variables the
embedder allowed; without it they raise PermissionError. The file functions
(`listdir`, `makedirs`, `remove`, `stat`, `walk`, ...) and `os.path` go
through the file system capability (group `fs`), confined to the mounts.
Nothing else of the host is reachable from here.
"""

import _monty_host
import os.path as path
from _io import _fs, _fspath

name = "posix"
sep = "/"
altsep = None
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
linesep = "\n"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def fspath(p):
    """The path string of `p` (str, bytes, or an object with `__fspath__`)."""
    if isinstance(p, (str, bytes)):
        return p
    return _fspath(p)


def getcwd():
    """The working directory: always `/` in Monty."""
    return "/"


def listdir(path="."):
    """The names in the directory `path` (sorted)."""
    return _fs("list_dir", "os.listdir()")(_fspath(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _fs("mkdir", "os.mkdir()")(_fspath(path), False, False)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create the directory `name` and any missing parents."""
    _fs("mkdir", "os.makedirs()")(_fspath(name), True, exist_ok)


def remove(path, *, dir_fd=None):
    _fs("remove", "os.remove()")(_fspath(path))


unlink = remove


def rmdir(path, *, dir_fd=None):
    _fs("rmdir", "os.rmdir()")(_fspath(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _fs("rename", "os.rename()")(_fspath(src), _fspath(dst))


replace = rename


class stat_result:
    """What os.stat() reports: st_mode, st_size and the times."""

    def __init__(self, is_dir, size, mtime):
        self.st_mode = 0o40755 if is_dir else 0o100644
        self.st_size = size
        self.st_mtime = mtime
        self.st_atime = mtime
        self.st_ctime = mtime
        self.st_nlink = 1
        self.st_uid = 0
        self.st_gid = 0
        self.st_ino = 0
        self.st_dev = 0

    def __repr__(self):
        return ("os.stat_result(st_mode=" + str(self.st_mode) + ", st_size=" + str(self.st_size)
                + ", st_mtime=" + repr(self.st_mtime) + ")")


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The stat_result of `path`."""
    st = _fs("stat", "os.stat()")(_fspath(path))
    return stat_result(st["is_dir"], st["size"], st["mtime"])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for `top` and each directory below it."""
    list_dir = _fs("list_dir", "os.walk()")
    stat_of = _fs("stat", "os.walk()")
    top = _fspath(top)
    pending = [(top, False)]
    while pending:
        where, done = pending.pop()
        if done is not False:
            yield done
            continue
        try:
            names = list_dir(where)
        except OSError as e:
            if onerror is not None:
                onerror(e)
            continue
        dirs = []
        files = []
        for entry in names:
            try:
                is_dir = stat_of(path.join(where, entry))["is_dir"]
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry)
        if topdown:
            yield where, dirs, files
            for d in reversed(dirs):
                pending.append((path.join(where, d), False))
        else:
            pending.append((None, (where, dirs, files)))
            for d in reversed(dirs):
                pending.append((path.join(where, d), False))


def _getenv_host(what):
    f = _monty_host.external("getenv")
    if f is None:
        raise PermissionError(what + " needs the environment capability: grant group 'env'")
    return f


def urandom(size):
    """`size` random bytes from the host (needs the random capability, group 'random')."""
    if not isinstance(size, int):
        raise TypeError("'" + type(size).__name__ + "' object cannot be interpreted as an integer")
    if size < 0:
        raise ValueError("negative argument not allowed")
    f = _monty_host.external("random_bytes")
    if f is None:
        raise PermissionError("os.urandom() needs the random capability: grant group 'random'")
    return f(size)


def _check_key(key):
    if not isinstance(key, str):
        raise TypeError("str expected, not " + type(key).__name__)


def getenv(key, default=None):
    """The value of environment variable `key`, or `default` when it is unset or not allowed."""
    _check_key(key)
    value = _getenv_host("os.getenv()")(key, None)
    if value is None:
        return default
    return value


class _Environ:
    """The allowed environment variables, read-only; not enumerable."""

    def __getitem__(self, key):
        _check_key(key)
        value = _getenv_host("os.environ")(key, None)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key, default=None):
        _check_key(key)
        value = _getenv_host("os.environ")(key, None)
        if value is None:
            return default
        return value

    def __contains__(self, key):
        if not isinstance(key, str):
            return False
        return _getenv_host("os.environ")(key, None) is not None

    def __setitem__(self, key, value):
        raise PermissionError("os.environ is read-only in Monty")

    def __delitem__(self, key):
        raise PermissionError("os.environ is read-only in Monty")

    def __iter__(self):
        raise PermissionError("os.environ cannot be listed in Monty: read variables by name")

    def __len__(self):
        raise PermissionError("os.environ cannot be listed in Monty: read variables by name")

    def __repr__(self):
        return "environ({...})"


environ = _Environ()
