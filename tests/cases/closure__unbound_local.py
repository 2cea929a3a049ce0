# === assignment after read makes name local ===
x = 10

def f():
    print(x)
    x = 20

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)

# === UnboundLocalError is a NameError ===
def g():
    y = y + 1 if False else total
    total = 0

try:
    g()
except NameError as e:
    print(type(e).__name__, isinstance(e, UnboundLocalError), e)

# === augmented assignment on global without declaration ===
count = 0
def bump():
    count += 1

try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print("count still", count)

# === conditional assignment ===
def maybe(flag):
    if flag:
        val = "set"
    return val

print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

# === deleted local ===
def deleted():
    z = 1
    del z
    return z

try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)

# === closure over not-yet-assigned variable ===
def outer():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    late = "now assigned"
    return inner()

print(outer())

# === loop var used before first iteration ===
def loop_then_use(items):
    for it in items:
        pass
    return it

print(loop_then_use([1, 2]))
try:
    loop_then_use([])
except UnboundLocalError as e:
    print(type(e).__name__, e)
