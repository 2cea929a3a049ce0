# === local named list ===
def use_local_list():
    list = [3, 1, 2]
    return sorted(list)

print(use_local_list())
print(list("ab"))

# === local named sum ===
def totals(values):
    sum = 0
    for v in values:
        sum += v
    return sum

print(totals([1, 2, 3]), sum([1, 2, 3]))

# === parameter named len / max ===
def describe(len, max):
    return f"len={len} max={max}"

print(describe(5, 9))
print(len("abc"), max(1, 7))

# === global shadowing then deletion restores builtin ===
str = "shadowed"
print(str)
del str
print(str(123))

# === shadowing in a function does not affect other functions ===
def a():
    min = "local min"
    return min

def b():
    return min(4, 2)

print(a(), b())

# === calling a shadowed builtin errors ===
def broken():
    len = 10
    return len("abc")

try:
    broken()
except TypeError as e:
    print(type(e).__name__, e)

# === shadowing id/type/input names as variables ===
id = 42
type_ = "user"
input = ["a", "b"]
print(id, type_, input)
del id, input
print(callable(input))

# === builtin referenced before local assignment ===
def confused():
    print(abs(-1))
    abs = 5
    return abs

try:
    confused()
except UnboundLocalError as e:
    print(type(e).__name__, e)
