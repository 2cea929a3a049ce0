# === keyword-only after bare * ===
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("a"))
print(connect("a", port=443, secure=True))
try:
    connect("a", 443)
except TypeError as e:
    print(type(e).__name__, e)

# === required keyword-only ===
def make(*, name, size):
    return f"{name}:{size}"

print(make(name="x", size=3))
try:
    make(name="x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    make()
except TypeError as e:
    print(type(e).__name__, e)
try:
    make("x", 3)
except TypeError as e:
    print(type(e).__name__, e)

# === keyword-only after *args ===
def log(*msgs, level="INFO", sep=" "):
    return f"[{level}] " + sep.join(msgs)

print(log("a", "b"))
print(log("a", "b", level="WARN", sep="-"))

# === required keyword-only after *args ===
def join_with(*parts, sep):
    return sep.join(parts)

print(join_with("x", "y", sep="+"))
try:
    join_with("x", "y")
except TypeError as e:
    print(type(e).__name__, e)

# === keyword-only with kwargs ===
def opts(a, *, b=2, **rest):
    return a, b, rest

print(opts(1))
print(opts(1, b=3, c=4))
print(opts.__kwdefaults__)
