from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable,
                    Iterator, Generator, Sequence, Mapping, MutableMapping, Literal, TypedDict,
                    cast, TYPE_CHECKING, TypeVar, Generic, Protocol, Final, ClassVar, Annotated,
                    overload, get_type_hints, NewType, Type, get_origin, get_args)
import typing

# === subscription evaluates ===
print(List[int], Dict[str, int], Optional[str], Union[int, str], Tuple[int, ...])
print(Callable[[int, str], bool], Callable[..., Any], Set[int], FrozenSet[str])
print(Literal["a", "b"], Annotated[int, "meta"], Type[int], Iterable[int], Sequence[str])
print(Union[int, None], Union[int, str, None], Optional[Union[int, str]], Union[int])
print(Mapping[str, List[int]], MutableMapping[str, Any], Iterator[int], Generator[int, None, None])
print(Any, Optional, typing.List, List)
print(TYPE_CHECKING, Union[int, str] == Union[str, int], List[int] == List[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int), get_args(int))

# === annotations in signatures ===
def greet(name: str, times: Optional[int] = None, tags: List[str] = None) -> Dict[str, Any]:
    return {"name": name, "times": times or 1}

def apply(f: Callable[[int], int], xs: Sequence[int]) -> List[int]:
    return [f(x) for x in xs]

print(greet("bob"), apply(lambda v: v * 2, [1, 2, 3]))

T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, K)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

b = Box(3)
print(b.get(), Box[int](4).get(), isinstance(b, Box))

class Greeter(Protocol):
    def greet(self) -> str: ...

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Alien", year=1979)
print(m, type(m) is dict, Movie.__annotations__)

class Config:
    name: str
    retries: int = 3
    limit: ClassVar[int] = 10
    mode: Final = "x"

print(get_type_hints(Config))
print(cast(int, "not really"), cast("List[int]", [1]))

UserId = NewType("UserId", int)
print(UserId(5))

@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x

print(parse(3), parse("s"))
x: List[int] = [1, 2]
y: "Optional[str]" = None
print(x, y)
