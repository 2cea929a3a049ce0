# === global read and write ===
counter = 0

def increment():
    global counter
    counter += 1
    return counter

increment()
increment()
print("counter", counter)

# === global creates new module variable ===
def create():
    global created_later
    created_later = "made in function"

try:
    print(created_later)
except NameError as e:
    print(type(e).__name__, e)
create()
print(created_later)

# === global with multiple names ===
a = 1
b = 2
def swap_globals():
    global a, b
    a, b = b, a

swap_globals()
print(a, b)

# === reading global without declaration ===
CONFIG = {"debug": False}
def read_config():
    return CONFIG["debug"]

def mutate_config():
    CONFIG["debug"] = True

print(read_config())
mutate_config()
print(read_config())

# === global in nested function refers to module ===
x = "module"
def outer():
    x = "outer local"
    def inner():
        global x
        x = "changed by inner"
    inner()
    return x

print(outer(), x)

# === global list append vs rebinding ===
items = []
def add_item(v):
    items.append(v)

def reset():
    global items
    items = []

add_item(1)
add_item(2)
print(items)
reset()
print(items)
