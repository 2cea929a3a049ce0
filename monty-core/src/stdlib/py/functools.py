"""Higher-order functions: `reduce` and `partial` are native (`_functools`);
`lru_cache`, `cache`, `wraps` and `update_wrapper` are written here.

A cached function is a plain function (so it binds as a method) carrying
`cache_info`, `cache_clear`, `cache_parameters` and `__wrapped__` as
attributes. The cache is an ordinary dict kept in least- to most-recently-used
order, so its memory is charged like any other object's.
"""

from _functools import reduce, partial
from _namedtuple import namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy its names, doc and `__dict__`,
    and point `wrapper.__wrapped__` at it."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of `update_wrapper`."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _Mark:
    __slots__ = ()


_KWD_MARK = (_Mark(),)
_MISSING = _Mark()


def _make_key(args, kwds, typed):
    """The cache key of a call: equal calls give equal keys; an unhashable
    argument makes the lookup raise TypeError, as in CPython."""
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                # most recently used goes last
                del cache[key]
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # a recursive call already cached it
                pass
            else:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator: `@lru_cache`, `@lru_cache(maxsize=None)`,
    `@lru_cache(32, typed=True)`."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _decorate(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)

    return decorating_function


def _decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)

    def cache_parameters():
        """The `maxsize` and `typed` the cache was made with."""
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """Simple unbounded cache: `lru_cache(maxsize=None)`."""
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a `key=` function."""

    class K:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    K.__name__ = K.__qualname__ = 'functools.KeyWrapper'
    return K


# For each root comparison, how the other three follow from it and __eq__.
def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (not r and self != other)


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (r or self == other)


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (not r or self == other)


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (r and self != other)


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (not r)


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (not r and self != other)


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (r or self == other)


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (not r or self == other)


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (r and self != other)


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r


_ORDERINGS = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator: from `__eq__` and one of `__lt__`, `__le__`, `__gt__`,
    `__ge__`, define the other comparisons."""
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if op in cls.__dict__]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for opname, opfunc in _ORDERINGS[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


def cached_property(func):
    """A property computed once per instance, then kept in the instance's
    `__dict__` (assigning or deleting the attribute replaces or clears it)."""
    name = func.__name__

    def get(self):
        d = self.__dict__
        if name in d:
            return d[name]
        value = func(self)
        d[name] = value
        return value

    def put(self, value):
        self.__dict__[name] = value

    def drop(self):
        del self.__dict__[name]

    return property(get, put, drop, func.__doc__)


def singledispatch(func):
    """A function that dispatches on the type of its first argument; add
    implementations with `@f.register(cls)` or `f.register(cls, impl)`."""
    registry = {object: func}

    def dispatch(cls):
        if cls in registry:
            return registry[cls]
        # the most derived registered base class of `cls`
        best = object
        for klass in registry:
            if issubclass(cls, klass) and issubclass(klass, best):
                best = klass
        return registry[best]

    def register(cls, impl=None):
        if impl is not None:
            registry[cls] = impl
            return impl
        if isinstance(cls, type):
            def deco(f):
                registry[cls] = f
                return f
            return deco
        # `@f.register` on a function: the first parameter's annotation names the class
        annotations = getattr(cls, '__annotations__', None) or {}
        for key, value in annotations.items():
            if key != 'return' and isinstance(value, type):
                registry[value] = cls
                return cls
        raise TypeError(
            f'Invalid first argument to `register()`: {cls!r}. '
            'Use either `@register(some_class)` or plain `@register` on an annotated function.'
        )

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatch(type(args[0]))(*args, **kw)

    name = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
