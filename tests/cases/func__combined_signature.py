# === full signature ===
def full(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={kwargs}"

print(full(1, d=4))
print(full(1, 20, 30, 40, 50, d=4))
print(full(1, c=33, d=4, z=9))
print(full(1, 2, 3, d=4, e=6, b=7))

# === kwargs can take positional-only names ===
def pk(a, /, **kw):
    return a, kw

print(pk(1, a=2, b=3))

# === errors ===
try:
    full(d=4)
except TypeError as e:
    print(type(e).__name__, e)

try:
    full(1)
except TypeError as e:
    print(type(e).__name__, e)

try:
    full(1, 2, 3, c=4, d=5)
except TypeError as e:
    print(type(e).__name__, e)

# === wrapper forwarding ===
def target(x, y=0, *, z=1):
    return x + y + z

def forward(*args, **kwargs):
    print("forwarding", args, kwargs)
    return target(*args, **kwargs)

print(forward(1))
print(forward(1, 2, z=3))
try:
    forward(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
