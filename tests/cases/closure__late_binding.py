# === late binding in loop ===
fns = []
for i in range(3):
    def f():
        return i
    fns.append(f)
print([fn() for fn in fns])

# === changing the variable after loop ===
i = 100
print([fn() for fn in fns])

# === inside a function: all see the final value ===
def build():
    out = []
    for k in range(3):
        def g():
            return k * 10
        out.append(g)
    return out

print([g() for g in build()])

# === fix with default argument ===
def build_fixed():
    out = []
    for k in range(3):
        def g(k=k):
            return k * 10
        out.append(g)
    return out

print([g() for g in build_fixed()])

# === fix with factory function ===
def build_factory():
    def make(k):
        def g():
            return k * 10
        return g
    return [make(k) for k in range(3)]

print([g() for g in build_factory()])

# === comprehension late binding ===
fs = [lambda: n for n in "abc"]
print([f() for f in fs])

# === closures share the same cell ===
def shared():
    x = 0
    def get():
        return x
    def bump():
        nonlocal x
        x += 1
    return get, bump

get, bump = shared()
bump()
bump()
print(get())
