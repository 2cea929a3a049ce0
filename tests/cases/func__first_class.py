# === functions stored in data structures ===
def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

ops = {"+": add, "-": sub, "*": mul}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](7, 3))

# === functions passed as arguments ===
def apply_twice(fn, x):
    return fn(fn(x))

def double(x):
    return x * 2

print(apply_twice(double, 5))

# === functions in list ===
pipeline = [double, lambda v: v + 1, str]
val = 3
for step in pipeline:
    val = step(val)
print(repr(val))

# === function identity and equality ===
alias = add
print(alias is add, alias == add, add == sub)
print(alias(1, 2))

# === callable ===
print(callable(add), callable(5), callable("s"), callable(len))

# === builtins as values ===
converters = [int, float, str, bool]
print([c("1") for c in converters])

# === map with named function ===
print(list(map(double, [1, 2, 3])))

# === dispatch with default ===
def dispatch(cmd, *args):
    handler = ops.get(cmd)
    if handler is None:
        return "unknown: " + cmd
    return handler(*args)

print(dispatch("+", 1, 2), dispatch("/", 1, 2))
