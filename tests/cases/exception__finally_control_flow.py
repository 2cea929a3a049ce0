# === finally on return ===
def f():
    try:
        return "from try"
    finally:
        print("finally on return")

print(f())

# === return in finally overrides ===
def g():
    try:
        return "try"
    finally:
        return "finally"

print(g())

# === return in finally swallows exception ===
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(h())

# === finally on break ===
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print("finally i =", i)
print("after loop i =", i)

# === finally on continue ===
for i in range(3):
    try:
        if i % 2 == 0:
            continue
        print("body", i)
    finally:
        print("finally", i)

# === return value computed before finally ===
def k():
    x = [1]
    try:
        return x
    finally:
        x.append(2)

print(k())

def k2():
    n = 1
    try:
        return n
    finally:
        n = 99

print(k2())

# === nested finally order ===
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())

# === while with finally and break ===
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("tick", n)
print("n =", n)
