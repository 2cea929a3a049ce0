import typing_extensions
from typing_extensions import (
    Annotated, TypedDict, NotRequired, Required, Self, Literal, Protocol, runtime_checkable,
    ParamSpec, Concatenate, TypeAlias, TypeGuard, Unpack, override, deprecated, get_type_hints,
    Any, Optional, Union, List, Dict, Callable, TypeVar, Generic, Final, ClassVar, cast,
    assert_never, NamedTuple, NewType, Never, LiteralString, TypeVarTuple, get_args, get_origin,
    overload, final, ReadOnly, TypeIs, dataclass_transform, is_typeddict, Iterable, Sequence,
    Mapping, Tuple, Set, FrozenSet, Type, AnyStr, Counter, Deque, DefaultDict, OrderedDict,
    ChainMap, Awaitable, Coroutine, AsyncIterator, ContextManager, TYPE_CHECKING, NoReturn,
)

names = [
    "Annotated", "TypedDict", "NotRequired", "Required", "Self", "Literal", "Protocol",
    "runtime_checkable", "ParamSpec", "Concatenate", "TypeAlias", "TypeGuard", "Unpack",
    "override", "deprecated", "get_type_hints", "Any", "ClassVar", "Final", "Generic",
    "TypeVar", "cast", "assert_never", "assert_type", "reveal_type", "NamedTuple", "NewType",
    "Never", "NoReturn", "LiteralString", "TypeVarTuple", "get_args", "get_origin",
    "overload", "final", "ReadOnly", "TypeIs", "dataclass_transform", "is_typeddict",
    "IntVar", "Buffer", "Doc", "NoDefault", "TypeAliasType", "get_overloads",
    "clear_overloads", "get_original_bases", "get_protocol_members", "is_protocol",
    "SupportsIndex", "SupportsInt", "Text", "ParamSpecArgs", "ParamSpecKwargs", "ForwardRef",
    "IO", "TextIO", "BinaryIO", "AsyncContextManager", "no_type_check",
]
print([n for n in names if not hasattr(typing_extensions, n)])

T = TypeVar("T")
P = ParamSpec("P")


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


m = Movie(title="Blade Runner")
print(m, type(m).__name__, is_typeddict(Movie), is_typeddict(dict))


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class Node:
    def clone(self) -> Self:
        return self


class Base:
    def run(self) -> int:
        return 1


class Child(Base):
    @override
    def run(self) -> int:
        return 2


print(Child().run(), Child.run.__override__)


@deprecated("use g instead")
def old():
    return 5


print(old.__deprecated__)
try:
    deprecated(3)
except TypeError as e:
    print(type(e).__name__, e)

print(cast(int, "x"), get_args(Annotated[int, "meta"]), get_origin(Literal[1, 2]) is Literal)
print(get_args(Optional[int]), get_args(Dict[str, int]))
try:
    assert_never(3)
except AssertionError as e:
    print(type(e).__name__, e)

Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2))
UserId = NewType("UserId", int)
print(UserId(5))


class Pair(Generic[T]):
    def __init__(self, a: T) -> None:
        self.a = a


print(Pair(3).a)


class Hinted:
    a: int
    b: str


print(get_type_hints(Hinted))


@dataclass_transform()
def model(cls):
    return cls


@model
class M:
    x: int


print(M.__name__, TYPE_CHECKING)
Alias: TypeAlias = "list[int]"
print(Alias)
