"""Data classes: generate __init__, __repr__, __eq__, ordering and hashing from
the annotated fields of a class (Monty's own implementation of PEP 557).

The generated methods are closures over the field list rather than source
text compiled at run time: there is no exec in the sandbox.
"""

import copy as _copy

__all__ = [
    'dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
    'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass',
]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'

# what kind of field: a regular one, a ClassVar or an InitVar
_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type)
                + ',default=' + repr(self.default) + ',default_factory=' + repr(self.default_factory)
                + ',init=' + repr(self.init) + ',repr=' + repr(self.repr) + ',hash=' + repr(self.hash)
                + ',compare=' + repr(self.compare) + ',metadata=' + repr(self.metadata)
                + ',kw_only=' + repr(self.kw_only) + ',_field_type=' + str(self._field_type) + ')')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# String annotations are not resolved (CPython looks them up in the class's module).
def _is_classvar(tp):
    return getattr(tp, '_monty_classvar', False) is True


def _is_initvar(tp):
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only_marker(tp):
    return tp is KW_ONLY


def _is_mutable_default(value):
    if isinstance(value, (list, dict, set)):
        return True
    return getattr(type(value), '__hash__', 0) is None


def _get_field(cls, name, tp, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError('field ' + name + ' cannot have a default factory')
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    if f._field_type is _FIELD and f.default_factory is MISSING and _is_mutable_default(f.default):
        raise ValueError('mutable default ' + repr(type(f.default)) + ' for field ' + name
                         + ' is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _plural(n, word):
    return word if n == 1 else word + 's'


def _name_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _bind_init_args(fn_name, pos_fields, kw_fields, args, kwargs):
    """The values of the __init__ parameters, with CPython's errors for a bad call."""
    values = {}
    n_pos = len(pos_fields)
    if len(args) > n_pos:
        n_required = len([f for f in pos_fields if not _has_default(f)])
        kw_given = len([k for k in kwargs if any(f.name == k for f in kw_fields)])
        if n_required == n_pos:
            takes = str(n_pos + 1) + ' positional ' + _plural(n_pos + 1, 'argument')
        else:
            takes = 'from ' + str(n_required + 1) + ' to ' + str(n_pos + 1) + ' positional arguments'
        given = len(args) + 1
        if kw_given:
            given_text = (str(given) + ' positional ' + _plural(given, 'argument') + ' (and '
                          + str(kw_given) + ' keyword-only ' + _plural(kw_given, 'argument') + ') were given')
        else:
            given_text = str(given) + (' was given' if given == 1 else ' were given')
        raise TypeError(fn_name + '() takes ' + takes + ' but ' + given_text)
    for f, v in zip(pos_fields, args):
        values[f.name] = v
    known = [f.name for f in pos_fields] + [f.name for f in kw_fields]
    for k, v in kwargs.items():
        if k not in known:
            raise TypeError(fn_name + "() got an unexpected keyword argument '" + k + "'")
        if k in values:
            raise TypeError(fn_name + "() got multiple values for argument '" + k + "'")
        values[k] = v
    missing = [f.name for f in pos_fields if f.name not in values and not _has_default(f)]
    if missing:
        raise TypeError(fn_name + '() missing ' + str(len(missing)) + ' required positional '
                        + _plural(len(missing), 'argument') + ': ' + _name_list(missing))
    missing = [f.name for f in kw_fields if f.name not in values and not _has_default(f)]
    if missing:
        raise TypeError(fn_name + '() missing ' + str(len(missing)) + ' required keyword-only '
                        + _plural(len(missing), 'argument') + ': ' + _name_list(missing))
    return values


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _make_init(cls, all_fields, frozen, has_post_init):
    init_fields = [f for f in all_fields if f._field_type is not _FIELD_CLASSVAR and f.init]
    pos_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]
    std_fields = [f for f in all_fields if f._field_type is _FIELD]
    initvars = [f.name for f in init_fields if f._field_type is _FIELD_INITVAR]
    fn_name = cls.__qualname__ + '.__init__'

    def __init__(self, *args, **kwargs):
        values = _bind_init_args(fn_name, pos_fields, kw_fields, args, kwargs)
        for f in std_fields:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.init and f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            extra = []
            for name in initvars:
                if name in values:
                    extra.append(values[name])
                else:
                    extra.append(getattr(cls, name, None))
            self.__post_init__(*extra)

    return __init__


_repr_running = []


def _make_repr(repr_fields):
    def __repr__(self):
        for seen in _repr_running:
            if seen is self:
                return '...'
        _repr_running.append(self)
        try:
            parts = [f.name + '=' + repr(getattr(self, f.name)) for f in repr_fields]
        finally:
            _repr_running.pop()
        return type(self).__qualname__ + '(' + ', '.join(parts) + ')'

    return __repr__


def _make_compare(op, cmp_fields):
    names = [f.name for f in cmp_fields]

    def key(obj):
        return tuple([getattr(obj, n) for n in names])

    if op == '__eq__':
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return key(self) == key(other)
            return NotImplemented
        return __eq__
    if op == '__lt__':
        def __lt__(self, other):
            if other.__class__ is self.__class__:
                return key(self) < key(other)
            return NotImplemented
        return __lt__
    if op == '__le__':
        def __le__(self, other):
            if other.__class__ is self.__class__:
                return key(self) <= key(other)
            return NotImplemented
        return __le__
    if op == '__gt__':
        def __gt__(self, other):
            if other.__class__ is self.__class__:
                return key(self) > key(other)
            return NotImplemented
        return __gt__

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return key(self) >= key(other)
        return NotImplemented
    return __ge__


def _make_hash(hash_fields):
    names = [f.name for f in hash_fields]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))

    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot assign to field ' + repr(name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot delete field ' + repr(name))
        object.__delattr__(self, name)

    return __setattr__, __delattr__


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_dict = cls.__dict__
    annotations = cls_dict.get('__annotations__', {})
    own_fields = []
    kw_only_seen = False
    for name, tp in annotations.items():
        if _is_kw_only_marker(tp):
            if kw_only_seen:
                raise TypeError(repr(name) + ' is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
            continue
        own_fields.append(_get_field(cls, name, tp, kw_only))
    for f in own_fields:
        fields[f.name] = f
        if isinstance(cls_dict.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls_dict.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(repr(name) + ' is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr_, eq, order, unsafe_hash, frozen))

    class_hash = cls_dict.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls_dict))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields = list(fields.values())
    std_fields = [f for f in all_fields if f._field_type is _FIELD]

    if init:
        seen_default = None
        for f in all_fields:
            if f._field_type is _FIELD_CLASSVAR or not f.init or f.kw_only:
                continue
            if _has_default(f):
                seen_default = f
            elif seen_default is not None:
                raise TypeError('non-default argument ' + repr(f.name) + ' follows default argument')
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__', _make_init(cls, all_fields, frozen, has_post_init))

    if repr_:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in std_fields if f.repr]))

    cmp_fields = [f for f in std_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_compare('__eq__', cmp_fields))

    if order:
        for op in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, op, _make_compare(op, cmp_fields)):
                raise TypeError('Cannot overwrite attribute ' + op + ' in class ' + cls.__name__
                                + '. Consider using functools.total_ordering')

    if frozen:
        setter, deleter = _make_frozen(cls, tuple([f.name for f in std_fields]))
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__)

    hash_fields = [f for f in std_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class ' + cls.__name__)
        cls.__hash__ = _make_hash(hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple([f.name for f in std_fields if f.init and not f.kw_only]))
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in all_fields.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items()])
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items()])
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field ' + f.name + ' is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar ' + repr(f.name) + ' must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
