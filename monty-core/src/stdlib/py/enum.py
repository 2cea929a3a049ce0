"""Enumerations (Monty's own implementation).

Without metaclasses, an enum class is an ordinary class: `__init_subclass__`
turns its plain class attributes into members, and the class-level hooks
`__class_iter__`, `__class_len__`, `__class_contains__` and
`__class_getitem__` (Monty's stand-ins for EnumType's methods) make
`for m in Color`, `len(Color)`, `m in Color` and `Color['RED']` work.
IntEnum and StrEnum members are not int/str instances: they compare, hash,
format and compute like their values.
"""

__all__ = ['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'EnumMeta', 'EnumType', 'auto', 'unique']


class EnumType:
    pass


EnumMeta = EnumType


class auto:
    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return 'auto(' + repr(self.value) + ')'


def _is_descriptor(value):
    if callable(value):
        return True
    return type(value).__name__ in ('property', 'classmethod', 'staticmethod')


def _make_members(cls):
    members = {}
    order = []
    for base in cls.__mro__[1:]:
        if getattr(base, '_member_names_', None):
            raise TypeError(repr(cls.__name__) + ' cannot extend ' + _enum_repr(base))
    for name, value in list(cls.__dict__.items()):
        if name.startswith('_') or _is_descriptor(value):
            continue
        if isinstance(value, auto):
            value = cls._generate_next_value_(name, 1, len(order), [m._value_ for m in order])
        value = cls._check_value_(name, value)
        existing = None
        for m in order:
            if m._value_ == value:
                existing = m
                break
        if existing is None:
            member = object.__new__(cls)
            member._name_ = name
            member._value_ = value
            order.append(member)
        else:
            member = existing
        members[name] = member
        setattr(cls, name, member)
    cls._member_names_ = [m._name_ for m in order]
    cls._member_list_ = order
    cls._member_map_ = members
    cls.__members__ = dict(members)


def _enum_repr(cls):
    return "<enum '" + cls.__name__ + "'>"


class Enum:
    def __init_subclass__(cls):
        _make_members(cls)

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        for m in cls._member_list_:
            if m._value_ == value:
                return m
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        raise ValueError(repr(value) + ' is not a valid ' + cls.__qualname__)

    @classmethod
    def _missing_(cls, value):
        return None

    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _check_value_(cls, name, value):
        return value

    def __class_iter__(cls):
        return list(cls._member_list_)

    def __class_len__(cls):
        return len(cls._member_list_)

    def __class_contains__(cls, item):
        if not isinstance(item, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '" + type(item).__name__ + "' and 'EnumType'")
        return isinstance(item, cls) and item._name_ in cls._member_map_

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return '<' + type(self).__name__ + '.' + self._name_ + ': ' + repr(self._value_) + '>'

    def __str__(self):
        return type(self).__name__ + '.' + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _plain(v):
    return v._value_ if isinstance(v, Enum) else v


class _ValueEnum(Enum):
    """Members behave like their values (IntEnum, StrEnum)."""

    def __eq__(self, other):
        if isinstance(other, Enum) and not isinstance(other, _ValueEnum):
            return NotImplemented
        return self._value_ == _plain(other)

    def __ne__(self, other):
        if isinstance(other, Enum) and not isinstance(other, _ValueEnum):
            return NotImplemented
        return self._value_ != _plain(other)

    def __lt__(self, other):
        return self._value_ < _plain(other)

    def __le__(self, other):
        return self._value_ <= _plain(other)

    def __gt__(self, other):
        return self._value_ > _plain(other)

    def __ge__(self, other):
        return self._value_ >= _plain(other)

    def __hash__(self):
        return hash(self._value_)

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __add__(self, other):
        return self._value_ + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._value_

    def __mul__(self, other):
        return self._value_ * _plain(other)

    def __rmul__(self, other):
        return _plain(other) * self._value_

    def __mod__(self, other):
        return self._value_ % _plain(other)

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        return _plain(item) in self._value_

    def __getitem__(self, index):
        return self._value_[index]

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self._value_, name)


class IntEnum(_ValueEnum):
    @classmethod
    def _check_value_(cls, name, value):
        if not isinstance(value, int):
            raise ValueError('invalid literal for int() with base 10: ' + repr(value))
        return value

    def __sub__(self, other):
        return self._value_ - _plain(other)

    def __rsub__(self, other):
        return _plain(other) - self._value_

    def __floordiv__(self, other):
        return self._value_ // _plain(other)

    def __truediv__(self, other):
        return self._value_ / _plain(other)

    def __pow__(self, other):
        return self._value_ ** _plain(other)

    def __neg__(self):
        return -self._value_

    def __and__(self, other):
        return self._value_ & _plain(other)

    def __or__(self, other):
        return self._value_ | _plain(other)

    def __xor__(self, other):
        return self._value_ ^ _plain(other)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return self._value_ != 0


class StrEnum(_ValueEnum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    @classmethod
    def _check_value_(cls, name, value):
        if not isinstance(value, str):
            raise TypeError(repr(value) + ' is not a string')
        return value


class Flag(Enum):
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return 1
        return 2 ** max(last_values).bit_length()


class IntFlag(IntEnum):
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return 1
        return 2 ** max(last_values).bit_length()


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append(name + ' -> ' + member._name_)
    if duplicates:
        raise ValueError('duplicate values found in ' + _enum_repr(enumeration) + ': ' + ', '.join(duplicates))
    return enumeration
