# === *iterable unpacking ===
def f(a, b, c):
    return f"a={a} b={b} c={c}"

print(f(*[1, 2, 3]))
print(f(*"xyz"))
print(f(*range(3)))
print(f(1, *(2, 3)))
print(f(*[1], *[2], 3))

# === **dict unpacking ===
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, **{"c": 3, "b": 2}))
print(f(**{"a": 1}, **{"b": 2}, c=3))

# === mixed ===
print(f(*[1], **{"c": 3}, b=2))

# === unpacking into print ===
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], "end")

# === errors ===
try:
    f(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(1, **{"a": 5, "b": 2, "c": 3})
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(**{"a": 1, "b": 2, "d": 3})
except TypeError as e:
    print(type(e).__name__, e)

# === unpacking with *args function ===
def count(*args, **kwargs):
    return len(args), sorted(kwargs)

print(count(*range(5), **{"x": 1, "y": 2}))
print(count(*[], **{}))
