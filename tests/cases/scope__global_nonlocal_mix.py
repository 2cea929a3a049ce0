# === global and nonlocal in nested functions ===
count = 0

def outer():
    count = 100
    def inc_local():
        nonlocal count
        count += 1
    def inc_global():
        global count
        count += 10
    inc_local()
    inc_global()
    inc_local()
    return count

print(outer(), count)

# === global declared in nested function, enclosing has same name ===
level = "module"
def f():
    level = "f-local"
    def g():
        global level
        return level
    return g(), level

print(f())

# === nonlocal sees latest value ===
def tracker():
    history = []
    last = None
    def record(v):
        nonlocal last
        history.append((last, v))
        last = v
    for item in "abc":
        record(item)
    return history, last

print(tracker())

# === global in loop body function ===
seen = []
def remember(v):
    global seen
    seen = seen + [v]

for v in range(3):
    remember(v)
print(seen)

# === module-level code can read function results via globals ===
def setup():
    global SETTINGS
    SETTINGS = {"mode": "fast"}

setup()
print(SETTINGS["mode"])
