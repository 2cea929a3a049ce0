"""`pathlib` for POSIX paths. The pure classes (PurePath, PurePosixPath) work
on strings alone; Path reads and writes the mounted directories through the
file system capability (group `fs`). The working directory is `/`.
"""

import re as _re
import os as _os
from _io import _fs, _fspath, open as _open

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _parse(args):
    """(root, parts) of the path made by joining `args`."""
    text = ''
    for a in args:
        if isinstance(a, PurePath):
            a = str(a)
        elif not isinstance(a, str):
            if not isinstance(a, bytes):
                fspath = getattr(type(a), '__fspath__', None)
                if fspath is None:
                    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(a).__name__)
                a = fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str object or an os.PathLike object returning str, not '
                                + repr(type(a)))
        if a.startswith('/'):
            text = a
        elif text and not text.endswith('/'):
            text = text + '/' + a
        else:
            text = text + a
    root = ''
    if text.startswith('/'):
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    parts = [p for p in text.split('/') if p and p != '.']
    return root, parts


def _translate(pattern):
    """A regex source for one glob component: * ? [seq] [!seq]."""
    out = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pattern[j] == '!':
                j += 1
            if j < n and pattern[j] == ']':
                j += 1
            while j < n and pattern[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                inner = pattern[i:j]
                i = j + 1
                if inner.startswith('!'):
                    inner = '^' + inner[1:]
                elif inner.startswith('^'):
                    inner = '\\' + inner
                out.append('[' + inner.replace('\\', '\\\\') + ']')
        else:
            out.append(_re.escape(c))
    return '(?s:' + ''.join(out) + ')\\Z'


def _match(name, pattern):
    return _re.match(_translate(pattern), name) is not None


class _Parents:
    """The sequence of a path's ancestors (`p.parents`)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if not isinstance(idx, int):
            raise TypeError('list indices must be integers or slices, not ' + type(idx).__name__)
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        return self._path._make(self._path._root, self._path._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return '<' + self._path._flavour_name + '.parents>'


class PurePath:
    """A path as a string of parts, with no file system access."""

    _flavour_name = 'PurePosixPath'

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        self._root, self._parts = _parse(args)
        self._str = None

    def _make(self, root, parts):
        p = object.__new__(type(self))
        p._root = root
        p._parts = list(parts)
        p._str = None
        return p

    def with_segments(self, *args):
        return type(self)(*args)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def as_uri(self):
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def __repr__(self):
        return self._flavour_name + '(' + repr(str(self)) + ')'

    def __bytes__(self):
        return str(self).encode('utf-8')

    def _key(self):
        return ([self._root] if self._root else []) + self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._key())

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *others):
        return type(self)(self, *others)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError(repr(self) + ' has an empty name')
        if not isinstance(name, str):
            raise TypeError('expected str, not ' + type(name).__name__)
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name ' + repr(name))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if not isinstance(suffix, str):
            raise TypeError('expected str, not ' + type(suffix).__name__)
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix ' + repr(suffix))
        name = self.name
        if not name:
            raise ValueError(repr(self) + ' has an empty name')
        old = self.suffix
        if old:
            name = name[:-len(old)]
        return self._make(self._root, self._parts[:-1] + [name + suffix])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)(*other)
        mine = self._key()
        theirs = base._key()
        if mine[:len(theirs)] != theirs or (not theirs and self._root):
            raise ValueError(repr(str(self)) + ' is not in the subpath of ' + repr(str(base))
                             + ' OR one path is relative and the other is absolute.')
        return self._make('', mine[len(theirs):])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        """Whether the path matches a glob pattern, compared from the right."""
        pat = PurePosixPath(path_pattern)
        pat_parts = pat._parts
        if not pat_parts:
            raise ValueError('empty pattern')
        if pat._root:
            if not self._root or len(pat_parts) != len(self._parts):
                return False
        elif len(pat_parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat_parts)):
            if not _match(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A POSIX path, with no file system access."""


class Path(PurePath):
    """A path in the mounted directories (through the fs capability)."""

    _flavour_name = 'PosixPath'

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        """The working directory: always `/` in Monty."""
        return cls('/')

    @classmethod
    def home(cls):
        raise RuntimeError('Could not determine home directory.')

    def absolute(self):
        if self._root:
            return self
        return self._make('/', self._parts)

    def resolve(self, strict=False):
        """The absolute path with `..` applied (symlinks are not shown in Monty)."""
        p = type(self)(_os.path.abspath(str(self)))
        if strict:
            p.stat()
        return p

    def expanduser(self):
        return self

    def stat(self, *, follow_symlinks=True):
        return _os.stat(self)

    def _stat(self, what):
        f = _fs('stat', what)
        try:
            return f(str(self))
        except (OSError, ValueError):
            return None

    def exists(self):
        return self._stat('Path.exists()') is not None

    def is_file(self):
        st = self._stat('Path.is_file()')
        return st is not None and not st['is_dir']

    def is_dir(self):
        st = self._stat('Path.is_dir()')
        return st is not None and st['is_dir']

    def is_symlink(self):
        return False

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return _open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with _open(self, 'r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with _open(self, 'rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not ' + type(data).__name__)
        with _open(self, 'w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, bytes):
            raise TypeError("memoryview: a bytes-like object is required, not '" + type(data).__name__ + "'")
        with _open(self, 'wb') as f:
            return f.write(data)

    def iterdir(self):
        """The paths of the entries of this directory."""
        for name in _fs('list_dir', 'Path.iterdir()')(str(self)):
            yield self._make(self._root, self._parts + [name])

    def _walk_dirs(self):
        """This directory and every directory below it."""
        stat_of = _fs('stat', 'Path.glob()')
        pending = [self]
        while pending:
            d = pending.pop()
            yield d
            subdirs = []
            for child in d.iterdir():
                try:
                    if stat_of(str(child))['is_dir']:
                        subdirs.append(child)
                except (OSError, ValueError):
                    pass
            pending.extend(reversed(subdirs))

    def glob(self, pattern):
        """The paths below this one matching the glob `pattern` (`*`, `?`, `[..]`, `**`)."""
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if not pat._parts:
            raise ValueError('Unacceptable pattern: ' + repr(pattern))
        current = [self]
        parts = pat._parts
        for index in range(len(parts)):
            part = parts[index]
            last = index == len(parts) - 1
            found = []
            for base in current:
                if part == '**':
                    found.extend(base._walk_dirs())
                elif '*' in part or '?' in part or '[' in part:
                    try:
                        children = list(base.iterdir())
                    except (OSError, ValueError):
                        continue
                    for child in children:
                        if _match(child.name, part) and (last or child.is_dir()):
                            found.append(child)
                else:
                    child = base._make(base._root, base._parts + [part])
                    if child.exists() and (last or child.is_dir()):
                        found.append(child)
            seen = set()
            current = []
            for p in found:
                if str(p) not in seen:
                    seen.add(str(p))
                    current.append(p)
        for p in current:
            yield p

    def rglob(self, pattern):
        """glob() of `pattern` in this directory and every directory below it."""
        return self.glob('**/' + str(PurePosixPath(pattern)))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        _fs('mkdir', 'Path.mkdir()')(str(self), parents, exist_ok)

    def touch(self, mode=0o666, exist_ok=True):
        if self._stat('Path.touch()') is not None:
            if not exist_ok:
                raise FileExistsError("[Errno 17] File exists: '" + str(self) + "'")
            return
        _fs('write_bytes', 'Path.touch()')(str(self), b'', 'a')

    def unlink(self, missing_ok=False):
        try:
            _fs('remove', 'Path.unlink()')(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        _fs('rmdir', 'Path.rmdir()')(str(self))

    def rename(self, target):
        _fs('rename', 'Path.rename()')(str(self), _fspath(target))
        return self.with_segments(target)

    def replace(self, target):
        return self.rename(target)

    def samefile(self, other_path):
        return Path(self).resolve() == Path(other_path).resolve()


class PosixPath(Path):
    """A Path on a POSIX system (the only kind in Monty)."""
