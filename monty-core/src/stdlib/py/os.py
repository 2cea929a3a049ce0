"""A sliver of `os`: reading allowed environment variables, and path separators.

`getenv` and `environ` read through the environment capability (host
function `getenv` of group `env`), which answers only for the variables the
embedder allowed; without it they raise PermissionError. Nothing else of the
host is reachable from here.
"""

import _monty_host

sep = "/"
linesep = "\n"


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
