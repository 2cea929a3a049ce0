# === unbounded recursion raises RecursionError ===
def f():
    return f()

try:
    f()
except RecursionError as e:
    print(type(e).__name__)

# === RecursionError is a RuntimeError ===
def g(n):
    return g(n + 1)

try:
    g(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)

# === mutual unbounded recursion ===
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print("mutual:", type(e).__name__)

# === program continues normally after ===
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20))

# === recursion with state that would terminate too late ===
count = [0]
def deep(n):
    count[0] += 1
    if n == 0:
        return 0
    return deep(n - 1) + 1

try:
    deep(10 ** 6)
except RecursionError:
    print("too deep; made progress:", count[0] > 100)
print(deep(100))
