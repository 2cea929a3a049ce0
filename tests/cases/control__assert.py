# === passing asserts ===
assert True
assert 1 == 1, "should not fail"
assert [1], "nonempty list is truthy"
print("passing asserts ok")

# === failing assert without message ===
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)

# === failing assert with message ===
try:
    assert 2 + 2 == 5, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e)
    print(e.args)

# === message is evaluated only on failure ===
def msg():
    print("building message")
    return "built"

assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print("caught:", e)

# === non-string message ===
try:
    assert 0, 42
except AssertionError as e:
    print(e.args, str(e))

try:
    assert None, ["a", "b"]
except AssertionError as e:
    print(e.args[0])

# === f-string message ===
x = 7
try:
    assert x < 5, f"x too large: {x}"
except AssertionError as e:
    print(e)

# === AssertionError is an Exception ===
try:
    assert False, "generic"
except Exception as e:
    print("caught as Exception:", type(e).__name__, isinstance(e, AssertionError))

# === assert with complex condition ===
n = 0
assert n == 0 and not n, "n is zero"
print("complex condition passed")
