# === augmented on undefined name ===
try:
    undefined_thing += 1
except NameError as e:
    print(type(e).__name__, e)

# === type mismatches ===
x = 5
try:
    x += "a"
except TypeError as e:
    print(type(e).__name__, e)
print(x)

s = "abc"
try:
    s += 1
except TypeError as e:
    print(type(e).__name__, e)

try:
    s -= "a"
except TypeError as e:
    print(type(e).__name__, e)

lst = [1]
try:
    lst -= [1]
except TypeError as e:
    print(type(e).__name__, e)

try:
    lst += 5
except TypeError as e:
    print(type(e).__name__, e)

# === division by zero ===
n = 10
for op in ["//", "%", "/"]:
    try:
        if op == "//":
            n //= 0
        elif op == "%":
            n %= 0
        else:
            n /= 0
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
print(n)

# === shift errors ===
try:
    n <<= -1
except ValueError as e:
    print(type(e).__name__, e)

# === augmented on missing dict key ===
d = {}
try:
    d["count"] += 1
except KeyError as e:
    print(type(e).__name__, e)
d["count"] = d.get("count", 0) + 1
print(d)
