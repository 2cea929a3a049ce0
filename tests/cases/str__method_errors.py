# === wrong argument types ===
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".center("5")
except TypeError as e:
    print(type(e).__name__, e)

# === unknown attribute ===
try:
    "abc".foo()
except AttributeError as e:
    print(type(e).__name__, e)

# === not callable ===
try:
    f = "abc"
    f()
except TypeError as e:
    print(type(e).__name__, e)

# === int() of str ===
try:
    int("12abc")
except ValueError as e:
    print(type(e).__name__, e)
