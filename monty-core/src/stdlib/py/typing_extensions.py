"""typing_extensions (Monty's own implementation): every name of `typing`,
plus the newer names programs import from here. Like `typing`, the objects
evaluate and print but check nothing at run time."""

from typing import (
    TYPE_CHECKING, Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final,
    Required, NotRequired, TypeGuard, Concatenate, Union, Optional, Literal, Annotated,
    Callable, List, Dict, Set, FrozenSet, Tuple, Type, Text, AnyStr, Iterable, Iterator,
    Generator, AsyncIterator, AsyncIterable, AsyncGenerator, Awaitable, Coroutine, Sequence,
    MutableSequence, Mapping, MutableMapping, AbstractSet, MutableSet, Collection, Container,
    Reversible, Hashable, Sized, KeysView, ValuesView, ItemsView, DefaultDict, OrderedDict,
    Counter, ChainMap, Deque, Pattern, Match, SupportsInt, SupportsFloat, SupportsAbs,
    SupportsIndex, SupportsRound, TypeVar, ParamSpec, TypeVarTuple, NewType, Generic, Protocol,
    TypedDict, NamedTuple, runtime_checkable, cast, assert_type, reveal_type, overload, final,
    no_type_check, get_origin, get_args, get_type_hints,
)
from typing import _SpecialForm, _Alias

Unpack = _SpecialForm('Unpack')
ReadOnly = _SpecialForm('ReadOnly')
TypeIs = _SpecialForm('TypeIs')
TypeForm = _SpecialForm('TypeForm')
ContextManager = _Alias('ContextManager', None, 1)
AsyncContextManager = _Alias('AsyncContextManager', None, 1)
MappingView = _Alias('MappingView', None, 1)
SupportsBytes = _Alias('SupportsBytes', None, 0)
SupportsComplex = _Alias('SupportsComplex', None, 0)
IO = _Alias('IO', None, 1)
TextIO = _Alias('TextIO', None, 0)
BinaryIO = _Alias('BinaryIO', None, 0)
Buffer = _Alias('Buffer', None, 0)
runtime = runtime_checkable


def IntVar(name):
    return TypeVar(name)


class ParamSpecArgs:
    """`P.args` of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + '.args'


class ParamSpecKwargs:
    """`P.kwargs` of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + '.kwargs'


class ForwardRef:
    """A string annotation, not evaluated."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got ' + repr(arg))
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(' + repr(self.__forward_arg__) + ')'


class _NoDefaultType:
    def __repr__(self):
        return 'typing.NoDefault'


NoDefault = _NoDefaultType()


class TypeAliasType:
    """`TypeAliasType('Name', value, type_params=())`."""

    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = type_params

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        return self


class Doc:
    """`Annotated[int, Doc('...')]`."""

    def __init__(self, documentation):
        self.documentation = documentation

    def __repr__(self):
        return 'Doc(' + repr(self.documentation) + ')'

    def __eq__(self, other):
        if not isinstance(other, Doc):
            return NotImplemented
        return self.documentation == other.documentation

    def __hash__(self):
        return hash(self.documentation)


class Sentinel:
    """A unique marker object with a readable repr."""

    def __init__(self, name, repr=None):
        self._name = name
        self._repr = repr if repr is not None else '<' + name + '>'

    def __repr__(self):
        return self._repr


def assert_never(arg):
    """Statically unreachable: raises AssertionError at run time."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: ' + value)


def override(method):
    """Mark a method as overriding one of a base class (sets `__override__`)."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


class deprecated:
    """`@deprecated("message")`: records `__deprecated__` on the decorated object."""

    def __init__(self, message, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError('Expected an object of type str for \'message\', not '
                            + repr(type(message).__name__))
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg):
        try:
            arg.__deprecated__ = self.message
        except (AttributeError, TypeError):
            pass
        return arg


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Mark a decorator or base class as dataclass-like (for type checkers)."""
    def decorator(cls_or_fn):
        try:
            cls_or_fn.__dataclass_transform__ = {
                'eq_default': eq_default,
                'order_default': order_default,
                'kw_only_default': kw_only_default,
                'frozen_default': frozen_default,
                'field_specifiers': field_specifiers,
                'kwargs': kwargs,
            }
        except (AttributeError, TypeError):
            pass
        return cls_or_fn
    return decorator


def no_type_check_decorator(decorator):
    return decorator


def get_overloads(func):
    return []


def clear_overloads():
    pass


def is_typeddict(tp):
    return isinstance(tp, type) and tp is not TypedDict and issubclass(tp, TypedDict)


def is_protocol(tp):
    return isinstance(tp, type) and tp is not Protocol and issubclass(tp, Protocol)


def get_protocol_members(tp):
    if not is_protocol(tp):
        raise TypeError(repr(tp) + ' is not a Protocol')
    names = set()
    for base in tp.__mro__:
        if base is object or base is Protocol or base is Generic:
            continue
        for name in base.__dict__:
            if not name.startswith('_abc_') and name not in (
                    '__module__', '__qualname__', '__doc__', '__dict__', '__weakref__',
                    '__init__', '__slots__', '__parameters__', '__orig_bases__',
                    '__protocol_attrs__', '__non_callable_proto_members__',
                    '__annotations__', '__class_getitem__', '__init_subclass__'):
                names.add(name)
        for name in base.__dict__.get('__annotations__', {}):
            names.add(name)
    return frozenset(names)


def get_original_bases(cls):
    return cls.__dict__.get('__orig_bases__', cls.__bases__)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False, format=None):
    if isinstance(obj, type):
        return dict(obj.__dict__.get('__annotations__', {}))
    return dict(getattr(obj, '__annotations__', None) or {})
