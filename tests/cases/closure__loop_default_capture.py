# === callbacks capturing loop var with defaults ===
callbacks = {}
for event in ["click", "hover", "scroll"]:
    def handler(evt=event):
        return f"handled {evt}"
    callbacks[event] = handler

for name in callbacks:
    print(callbacks[name]())

# === nested loop captures ===
grid_fns = []
for r in range(2):
    for c in range(2):
        grid_fns.append(lambda r=r, c=c: (r, c))
print([f() for f in grid_fns])

# === while loop capture ===
fns = []
n = 0
while n < 3:
    fns.append(lambda n=n: n * n)
    n += 1
print([f() for f in fns])

# === capturing mutable default shares object ===
shared = []
fns = []
for i in range(3):
    fns.append(lambda acc=shared, i=i: acc.append(i) or list(acc))
print(fns[0](), fns[1](), fns[2]())

# === closure via enclosing function per iteration ===
def make_checker(limit):
    def check(v):
        return v <= limit
    return check

checkers = [make_checker(lim) for lim in (1, 5, 10)]
print([[chk(v) for v in (0, 3, 7)] for chk in checkers])
