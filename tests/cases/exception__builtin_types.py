# === ValueError ===
try:
    int("3.5")
except ValueError as e:
    print(type(e).__name__, e)

# === TypeError ===
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)

# === KeyError ===
try:
    {"a": 1}["b"]
except KeyError as e:
    print(type(e).__name__, e)

# === IndexError ===
try:
    [1, 2, 3][3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,)[5]
except IndexError as e:
    print(type(e).__name__, e)

# === ZeroDivisionError ===
for expr in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0]:
    try:
        expr()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

# === NameError ===
try:
    nonexistent_name
except NameError as e:
    print(type(e).__name__, e)

# === AssertionError ===
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e)

# === RuntimeError ===
try:
    raise RuntimeError("runtime issue")
except RuntimeError as e:
    print(type(e).__name__, e)

# === OverflowError ===
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)

# === pop from empty ===
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
