"""Type hints at run time: every commonly imported name exists and subscripts
without error, as annotations are evaluated (Monty's own implementation).

Nothing here checks types; the objects only need to evaluate, print and
compare sensibly.
"""

from _namedtuple import _NamedTupleBase, _install, namedtuple as _namedtuple

TYPE_CHECKING = False


def _type_repr(t):
    if t is None or t is type(None):
        return 'NoneType'
    if t is ...:
        return '...'
    if isinstance(t, type):
        module = getattr(t, '__module__', 'builtins')
        name = getattr(t, '__qualname__', None) or t.__name__
        if module == 'builtins':
            return name
        return module + '.' + name
    if isinstance(t, list):
        return '[' + ', '.join([_type_repr(a) for a in t]) + ']'
    return repr(t)


def _norm(t):
    return type(None) if t is None else t


class _Final:
    """Objects of this module: no subclassing semantics, plain equality."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._monty_classvar = origin is ClassVar

    def __repr__(self):
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            return head + '[' + _type_repr(self.__args__[0]) + ', ' + _type_repr(self.__args__[1]) + ']'
        if self.__args__ == ():
            return head + '[()]'
        return head + '[' + ', '.join([_type_repr(a) for a in self.__args__]) + ']'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError('Cannot instantiate ' + repr(self))
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[1] is type(None):
            return 'typing.Optional[' + _type_repr(args[0]) + ']'
        if len(args) == 2 and args[0] is type(None):
            return 'typing.Optional[' + _type_repr(args[1]) + ']'
        return 'typing.Union[' + ', '.join([_type_repr(a) for a in args]) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is not None:
            return self._getitem(params)
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate ' + repr(self))


class _Alias(_Final):
    """`List`, `Dict`, ...: a builtin or abstract origin under a typing name."""

    def __init__(self, name, origin, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and not (self._name == 'Tuple'):
            raise TypeError('Too ' + ('many' if len(params) > self._nparams else 'few')
                            + ' arguments for ' + repr(self) + '; actual ' + str(len(params))
                            + ', expected ' + str(self._nparams))
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError('Type ' + self._name + ' cannot be instantiated; use ' + self._name.lower() + '() instead')
        return self.__origin__(*args, **kwargs)


def _union(params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = _norm(p)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional(param):
    return _union((param, None))


def _callable(params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    args, result = params
    if isinstance(args, list):
        args = [_norm(a) for a in args]
    return _GenericAlias(callable, (args, _norm(result)), 'Callable')


def _literal(params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(Literal, params, 'Literal')


def _annotated(params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    return _GenericAlias(params[0], params, 'Annotated')


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
TypeGuard = _SpecialForm('TypeGuard')
Concatenate = _SpecialForm('Concatenate')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)
Annotated = _SpecialForm('Annotated', _annotated)

Callable = _SpecialForm('Callable', _callable)
List = _Alias('List', list, 1)
Dict = _Alias('Dict', dict, 2)
Set = _Alias('Set', set, 1)
FrozenSet = _Alias('FrozenSet', frozenset, 1)
Tuple = _Alias('Tuple', tuple)
Type = _Alias('Type', type, 1)
Text = str
AnyStr = _SpecialForm('AnyStr')
Iterable = _Alias('Iterable', None, 1)
Iterator = _Alias('Iterator', None, 1)
Generator = _Alias('Generator', None, 3)
AsyncIterator = _Alias('AsyncIterator', None, 1)
AsyncIterable = _Alias('AsyncIterable', None, 1)
AsyncGenerator = _Alias('AsyncGenerator', None, 2)
Awaitable = _Alias('Awaitable', None, 1)
Coroutine = _Alias('Coroutine', None, 3)
Sequence = _Alias('Sequence', None, 1)
MutableSequence = _Alias('MutableSequence', None, 1)
Mapping = _Alias('Mapping', None, 2)
MutableMapping = _Alias('MutableMapping', None, 2)
AbstractSet = _Alias('AbstractSet', None, 1)
MutableSet = _Alias('MutableSet', None, 1)
Collection = _Alias('Collection', None, 1)
Container = _Alias('Container', None, 1)
Reversible = _Alias('Reversible', None, 1)
Hashable = _Alias('Hashable', None, 0)
Sized = _Alias('Sized', None, 0)
KeysView = _Alias('KeysView', None, 1)
ValuesView = _Alias('ValuesView', None, 1)
ItemsView = _Alias('ItemsView', None, 2)
DefaultDict = _Alias('DefaultDict', None, 2)
OrderedDict = _Alias('OrderedDict', None, 2)
Counter = _Alias('Counter', None, 1)
ChainMap = _Alias('ChainMap', None, 2)
Deque = _Alias('Deque', None, 1)
Pattern = _Alias('Pattern', None, 1)
Match = _Alias('Match', None, 1)
SupportsInt = _Alias('SupportsInt', None, 0)
SupportsFloat = _Alias('SupportsFloat', None, 0)
SupportsAbs = _Alias('SupportsAbs', None, 1)
SupportsIndex = _Alias('SupportsIndex', None, 0)
SupportsRound = _Alias('SupportsRound', None, 1)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    pass


class NewType(_Final):
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp

    def __repr__(self):
        return '__main__.' + self.__name__

    def __call__(self, x):
        return x


class Generic:
    """Base class of generic classes: `class Box(Generic[T])`."""

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)


class Protocol(Generic):
    pass


class TypedDict:
    """`class Movie(TypedDict): ...`; calling it makes a plain dict."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class NamedTuple(_NamedTupleBase):
    """`class Point(NamedTuple): x: int; y: int = 0` makes a named tuple class."""

    def __init_subclass__(cls):
        annotations = cls.__dict__.get('__annotations__')
        if annotations is None:
            return
        fields = tuple(annotations)
        defaults = {}
        for name in fields:
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
            elif defaults:
                raise TypeError('Non-default namedtuple field ' + name + ' cannot follow default field'
                                + ('s ' if len(defaults) > 1 else ' ') + ', '.join(defaults))
        _install(cls, fields, defaults)

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            typename = args[0]
            fields = args[1] if len(args) > 1 else list(kwargs.items())
            return _namedtuple(typename, [f[0] for f in fields])
        return _NamedTupleBase.__new__(cls, *args, **kwargs)


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        if tp._name == 'Annotated':
            return Annotated
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == 'Callable' and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in obj.__mro__[::-1]:
            if base is object:
                continue
            for name, tp in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _norm(tp)
        return hints
    for name, tp in getattr(obj, '__annotations__', {}).items():
        hints[name] = _norm(tp)
    return hints
