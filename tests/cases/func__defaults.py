# === simple defaults ===
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
print(greet("Di", punct="."))
assert greet("x") == "Hello, x!", "defaults"

# === default None pattern ===
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, [0]))

# === defaults referencing earlier globals ===
BASE = 10
def add_base(x, base=BASE):
    return x + base

BASE = 1000
print(add_base(5))

# === default expressions ===
def power(x, exp=1 + 1):
    return x ** exp

print(power(3), power(3, 3))

# === all-default function ===
def config(host="localhost", port=8080, debug=False):
    return (host, port, debug)

print(config())
print(config(port=9000))
print(config("example.org", debug=True))

# === __defaults__ ===
print(greet.__defaults__)
print(config.__defaults__)
def nodef(a, b):
    return a
print(nodef.__defaults__)
