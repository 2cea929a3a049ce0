# repr picks the shortest round-tripping digits; on an exact tie between two
# shortest candidates, the even one (as CPython's dtoa does)
values = [
    133048583327808.125,
    0.0010004043579101562,
    2.5,
    0.125,
    1e23,
    9007199254740993.0,
    5e-324,
    1.7976931348623157e308,
]
for i in range(1, 40):
    values.append(2.0 ** 50 + i / 8)
    values.append((3 ** i) / 2 ** 60)
for v in values:
    print(repr(v), repr(-v), str(v))
