# === keyword arguments in any order ===
def describe(name, age, city):
    return f"{name} ({age}) from {city}"

print(describe("Ann", 30, "Paris"))
print(describe(age=25, city="Rome", name="Bob"))
print(describe("Cy", city="Oslo", age=40))

# === mixing positional and keyword ===
def box(w, h=1, d=1):
    return w * h * d

print(box(2), box(2, 3), box(2, d=5), box(w=4, h=2, d=3))

# === keyword argument errors ===
try:
    describe("Ann", 30, city="X", name="Y")
except TypeError as e:
    print(type(e).__name__, e)

try:
    describe(name="A", age=1, city="B", country="C")
except TypeError as e:
    print(type(e).__name__, e)

try:
    box(h=2)
except TypeError as e:
    print(type(e).__name__, e)

# === builtin keyword args ===
print(sorted([3, 1, 2], reverse=True))
print("a-b-c".split(sep="-", maxsplit=1))
print(int("ff", base=16))
print(max([1, 5, 3], key=lambda v: -v))
print("x", "y", sep="|", end="!\n")

# === keyword argument values are expressions ===
print(box(w=1 + 1, h=len("abc"), d=box(2)))
