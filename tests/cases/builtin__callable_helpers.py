# === builtins as key functions ===
data = ["  b", "a ", " c "]
print(sorted(data, key=str.strip), list(map(str.strip, data)), max(data, key=len))
print(sorted([[3], [1, 2], []], key=len), sorted(["10", "2", "33"], key=int), sorted([-4, 3, -1], key=abs))

# === builtins passed around ===
ops = [len, str, repr, abs, bool]
for f in ops:
    try:
        print(f.__name__, f(-3) if f is not len else f("xyz"))
    except TypeError as e:
        print(type(e).__name__, e)

# === callable ===
print(callable(len), callable(5), callable("s"), callable(lambda: 0), callable(str.upper), callable(None))
