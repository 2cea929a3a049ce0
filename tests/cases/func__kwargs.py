# === **kwargs collects keywords as dict ===
def show(**kw):
    print(type(kw).__name__, kw)
    return len(kw)

print(show())
print(show(a=1, b="two"))

# === kwargs preserves order ===
def keys(**kw):
    return list(kw)

print(keys(z=1, a=2, m=3))

# === positional plus kwargs ===
def build(kind, **attrs):
    parts = [f"{k}={v}" for k, v in attrs.items()]
    return kind + "(" + ", ".join(parts) + ")"

print(build("node"))
print(build("node", id=5, label="root"))
print(build(kind="edge", weight=1.5))

# === *args and **kwargs together ===
def everything(*args, **kwargs):
    return args, kwargs

print(everything())
print(everything(1, 2, x=3))
print(everything(*[1, 2], **{"y": 4}))

# === kwargs with names matching params cause errors ===
try:
    build("a", kind="b")
except TypeError as e:
    print(type(e).__name__, e)

# === kwargs is a new dict each call ===
def mutate(**kw):
    kw["added"] = True
    return kw

src = {"a": 1}
out = mutate(**src)
print(src, out)

# === get with defaults from kwargs ===
def connect(**opts):
    host = opts.get("host", "localhost")
    port = opts.pop("port", 80)
    return f"{host}:{port} extra={sorted(opts)}"

print(connect())
print(connect(host="h", port=1, timeout=3, retry=2))
