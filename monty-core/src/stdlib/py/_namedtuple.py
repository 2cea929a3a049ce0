"""Named tuples, shared by collections.namedtuple and typing.NamedTuple
(Monty's own implementation).

Builtin types cannot be subclassed in Monty yet, so a named tuple class is an
ordinary class that holds a tuple and behaves like one: indexing, slicing,
unpacking, len, iteration, comparison (also with plain tuples), hashing and
concatenation. `isinstance(p, tuple)` is False.
"""

import copy as _copy

_KEYWORDS = (
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
    'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
    'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
)


def _plural(n, word):
    return word if n == 1 else word + 's'


def _name_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _as_tuple(v):
    if isinstance(v, _NamedTupleBase):
        return v._tuple
    return v


class _NamedTupleBase:
    _fields = ()
    _field_defaults = {}

    def __new__(cls, *args, **kwargs):
        fields = cls._fields
        fn = cls.__name__ + '.__new__'
        if len(args) > len(fields):
            n_req = len([f for f in fields if f not in cls._field_defaults])
            if n_req == len(fields):
                takes = str(len(fields) + 1) + ' positional ' + _plural(len(fields) + 1, 'argument')
            else:
                takes = 'from ' + str(n_req + 1) + ' to ' + str(len(fields) + 1) + ' positional arguments'
            given = len(args) + 1
            raise TypeError(fn + '() takes ' + takes + ' but ' + str(given)
                            + (' was given' if given == 1 else ' were given'))
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(fn + "() got an unexpected keyword argument '" + k + "'")
            if k in values:
                raise TypeError(fn + "() got multiple values for argument '" + k + "'")
            values[k] = v
        missing = [f for f in fields if f not in values and f not in cls._field_defaults]
        if missing:
            raise TypeError(fn + '() missing ' + str(len(missing)) + ' required positional '
                            + _plural(len(missing), 'argument') + ': ' + _name_list(missing))
        self = object.__new__(cls)
        object.__setattr__(self, '_tuple', tuple([values[f] if f in values else cls._field_defaults[f]
                                                  for f in fields]))
        return self

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")

    def __repr__(self):
        values = self._tuple
        parts = [f + '=' + repr(v) for f, v in zip(type(self)._fields, values)]
        return type(self).__name__ + '(' + ', '.join(parts) + ')'

    def __getitem__(self, index):
        return self._tuple[index]

    def __len__(self):
        return len(self._tuple)

    def __iter__(self):
        return iter(self._tuple)

    def __contains__(self, item):
        return item in self._tuple

    def __eq__(self, other):
        other = _as_tuple(other)
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple == other

    def __ne__(self, other):
        other = _as_tuple(other)
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple != other

    def __lt__(self, other):
        other = _as_tuple(other)
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple < other

    def __le__(self, other):
        other = _as_tuple(other)
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple <= other

    def __gt__(self, other):
        other = _as_tuple(other)
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple > other

    def __ge__(self, other):
        other = _as_tuple(other)
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple >= other

    def __hash__(self):
        return hash(self._tuple)

    def __add__(self, other):
        return self._tuple + _as_tuple(other)

    def __radd__(self, other):
        return _as_tuple(other) + self._tuple

    def __mul__(self, n):
        return self._tuple * n

    def __rmul__(self, n):
        return n * self._tuple

    def count(self, value):
        return self._tuple.count(value)

    def index(self, value, *args):
        return self._tuple.index(value, *args)

    def _asdict(self):
        return dict(zip(type(self)._fields, self._tuple))

    def _replace(self, **changes):
        values = dict(zip(type(self)._fields, self._tuple))
        for k, v in changes.items():
            if k not in values:
                raise ValueError('Got unexpected field names: ' + repr(list(changes)))
        values.update(changes)
        return type(self)(**values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError('Expected ' + str(len(cls._fields)) + ' arguments, got ' + str(len(values)))
        return cls(*values)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return type(self)._make(_copy.deepcopy(list(self._tuple)))


def _getter(index):
    def get(self):
        return self._tuple[index]
    return get


def _install(cls, fields, defaults):
    """Make `cls` a named tuple class with `fields` (a tuple) and `defaults` (a dict)."""
    cls._fields = fields
    cls._field_defaults = defaults
    cls.__match_args__ = fields
    for i, name in enumerate(fields):
        setattr(cls, name, property(_getter(i)))
    return cls


def _field_names(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(n) for n in field_names]
    if rename:
        seen = []
        for i, name in enumerate(names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen):
                names[i] = '_' + str(i)
            seen.append(names[i])
    for name in [typename] + names:
        if not isinstance(name, str):
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: ' + repr(name))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: ' + repr(name))
    seen = []
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: ' + repr(name))
        if name in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        seen.append(name)
    return tuple(names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    fields = _field_names(typename, field_names, rename)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        if defaults:
            field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    class _NamedTuple(_NamedTupleBase):
        pass

    _NamedTuple.__name__ = typename
    _NamedTuple.__qualname__ = typename
    _NamedTuple.__module__ = '__main__' if module is None else module
    return _install(_NamedTuple, fields, field_defaults)
