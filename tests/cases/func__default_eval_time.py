# === defaults evaluated once at definition time ===
calls = []

def make_default():
    calls.append("called")
    return len(calls)

def f(x=make_default()):
    return x

print("calls after def:", calls)
print(f(), f(), f(99))
print("calls after calls:", calls)

# === redefinition evaluates again ===
def f(x=make_default()):
    return x

print(f(), calls)

# === default captures value, not name ===
n = 1
def g(v=n):
    return v
n = 2
print(g())

# === defaults in loop definitions ===
funcs = []
for i in range(3):
    def h(k=i):
        return k * 10
    funcs.append(h)
print([fn() for fn in funcs])

# === order of evaluation of defaults ===
def trace(label):
    print("eval", label)
    return label

def multi(a=trace("a"), b=trace("b"), *, c=trace("c")):
    return a + b + c

print(multi())
print(multi.__kwdefaults__)
