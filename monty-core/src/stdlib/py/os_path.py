"""`os.path`: POSIX path operations. The pure ones work on strings alone; the
ones that look at files (exists, isfile, isdir, getsize, getmtime) go through
the file system capability (group `fs`). The working directory is `/`.
"""

from _io import _fs, _fspath

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _str(p, what):
    if isinstance(p, str):
        return p
    return _fspath(p)


def _join_arg(p):
    if isinstance(p, str):
        return p
    try:
        return _fspath(p)
    except TypeError:
        raise TypeError('join() argument must be str, bytes, or os.PathLike object, not '
                        + repr(type(p).__name__)) from None


def normcase(s):
    return _str(s, 'normcase')


def isabs(s):
    return _str(s, 'isabs').startswith('/')


def join(a, *p):
    """Join path parts; an absolute part discards what came before it."""
    path = _str(a, 'join')
    for b in p:
        b = _join_arg(b)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path = path + b
        else:
            path = path + '/' + b
    return path


def split(p):
    """(head, tail): tail is everything after the last slash."""
    p = _str(p, 'split')
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows, ignoring leading dots."""
    p = _str(p, 'splitext')
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i] != '.':
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, ''


def splitdrive(p):
    p = _str(p, 'splitdrive')
    return p[:0], p


def basename(p):
    p = _str(p, 'basename')
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(_str(p, 'dirname'))[0]


def normpath(path):
    """Collapse redundant slashes, `.` and `a/..`, lexically."""
    path = _str(path, 'normpath')
    if not path:
        return '.'
    slashes = 0
    if path.startswith('/'):
        slashes = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for comp in path.split('/'):
        if comp == '' or comp == '.':
            continue
        if comp != '..' or (not slashes and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = '/' * slashes + '/'.join(parts)
    return path or '.'


def abspath(path):
    """The absolute, normalized path (relative paths start at `/`)."""
    path = _str(path, 'abspath')
    if not path.startswith('/'):
        path = join('/', path)
    return normpath(path)


def realpath(path, *, strict=False):
    """As abspath: the sandbox shows no symlinks."""
    return abspath(path)


def expanduser(path):
    """Unchanged: the sandbox has no home directory."""
    return _str(path, 'expanduser')


def expandvars(path):
    """Unchanged: the sandbox has no environment to expand from."""
    return _str(path, 'expandvars')


def commonprefix(m):
    """The longest common leading part (character by character) of the items of `m`."""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    """`path` relative to `start` (the working directory `/` by default)."""
    if not path:
        raise ValueError('no path specified')
    path = _str(path, 'relpath')
    start = '.' if start is None else _str(start, 'relpath')
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return curdir
    return join(*rel)


def commonpath(paths):
    """The longest common sub-path of `paths` (whole components)."""
    paths = tuple(_str(p, 'commonpath') for p in paths)
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    split_paths = [p.split('/') for p in paths]
    absolute = set(p.startswith('/') for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if paths[0].startswith('/') else ''
    return prefix + '/'.join(common)


def _stat(path, what):
    f = _fs('stat', what)
    try:
        return f(_fspath(path))
    except (OSError, ValueError, TypeError):
        return None


def exists(path):
    """Whether something is at `path` in the mounted directories."""
    return _stat(path, 'os.path.exists()') is not None


def lexists(path):
    return exists(path)


def isfile(path):
    st = _stat(path, 'os.path.isfile()')
    return st is not None and not st['is_dir']


def isdir(path):
    st = _stat(path, 'os.path.isdir()')
    return st is not None and st['is_dir']


def islink(path):
    """False: symlinks in a mount are followed, never shown."""
    _str(path, 'islink')
    return False


def ismount(path):
    return False


def getsize(path):
    """The size of the file at `path`, in bytes."""
    return _fs('stat', 'os.path.getsize()')(_fspath(path))['size']


def getmtime(path):
    """The time of the last change of `path`, in seconds since the epoch."""
    return _fs('stat', 'os.path.getmtime()')(_fspath(path))['mtime']
