# === late binding: all lambdas see final value ===
funcs = [lambda: i for i in range(4)]
print([f() for f in funcs])

# === default args capture current value ===
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])

# === late binding in a for loop ===
handlers = []
for name in ["a", "b", "c"]:
    handlers.append(lambda: "handler " + name)
print([h() for h in handlers])

# === fix with default ===
handlers = []
for name in ["a", "b", "c"]:
    handlers.append(lambda name=name: "handler " + name)
print([h() for h in handlers])

# === default can be overridden ===
print(handlers[0]("override"))

# === capture via factory ===
def make(n):
    return lambda x: x * n

mults = [make(k) for k in range(1, 4)]
print([m(10) for m in mults])

# === late binding sees reassignment ===
factor = 2
scale = lambda x: x * factor
print(scale(5))
factor = 3
print(scale(5))

# === multiple default captures ===
fs = [lambda a=a, b=b: a - b for a, b in [(5, 1), (9, 4)]]
print([f() for f in fs])
