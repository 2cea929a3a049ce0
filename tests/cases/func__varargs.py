# === *args collects extras as tuple ===
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total())
print(total(1))
print(total(1, 2, 3))

# === positional then *args ===
def tag(name, *classes):
    return f"<{name} class='{' '.join(classes)}'>"

print(tag("div"))
print(tag("span", "a", "b"))

# === *args with defaults before ===
def f(a, b=2, *rest):
    return (a, b, rest)

print(f(1))
print(f(1, 3))
print(f(1, 3, 5, 7))

# === args is a fresh tuple ===
def ident(*args):
    return args

t = (1, 2)
r = ident(*t)
print(r, r == t)

# === max-like function ===
def my_max(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best

print(my_max(3), my_max(3, 9, 2), my_max("b", "a", "c"))

# === errors ===
try:
    my_max()
except TypeError as e:
    print(type(e).__name__, e)

try:
    tag(classes="x")
except TypeError as e:
    print(type(e).__name__, e)
