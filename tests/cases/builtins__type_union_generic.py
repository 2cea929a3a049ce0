def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# === X | Y on types builds a types.UnionType ===
u = int | None
print(repr(u), type(u).__name__)
print(repr(int | str | None), repr(None | int))
print(repr(int | int), (int | int) is int)
print(repr((int | str) | (str | float)))
print((int | None) == (None | int), (int | str) == (str | int), (int | str) == (int | float))
print(hash(int | str) == hash(str | int))
print(isinstance(3, int | None), isinstance(None, int | None), isinstance('x', int | None))
print(isinstance(True, float | int), isinstance(3.5, (str, int | float)))
print(issubclass(bool, int | str), issubclass(float, int | str))
class Point:
    pass
print(repr(Point | None), isinstance(Point(), Point | int))
print(repr(list[int] | None))
t(lambda: int | 3)
t(lambda: 3 | int)
t(lambda: None | None)
t(lambda: int | 'str')

# === list[int] builds a types.GenericAlias ===
g = list[int]
print(repr(g), type(g).__name__)
print(repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(set[frozenset[str]]))
print(repr(tuple[()]), repr(type[Point]))
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]('ab'))
print(list[int] == list[int], list[int] == list[str], list[int] == list)
print(hash(dict[str, int]) == hash(dict[str, int]))
t(lambda: isinstance([], list[int]))
t(lambda: isinstance([], int | list[int]))
t(lambda: issubclass(list, list[int]))
t(lambda: int[str])
t(lambda: str[int])

# === annotations that use them evaluate ===
def f(x: int | None = None, ys: list[str] | None = None) -> dict[str, int]:
    return {'x': x or 0, 'n': len(ys or [])}
print(f(), f(3, ['a', 'b']))
Alias = dict[str, list[int]]
data: Alias = {'a': [1]}
print(data)
