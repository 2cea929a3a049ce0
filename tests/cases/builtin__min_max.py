# === positional and iterable forms ===
print(min(3, 1, 2), max(3, 1, 2), min([4, -2, 8]), max((4, -2, 8)), min("hello"), max("hello"))
print(max(1, 2.5), min(-1, -1.0), max([True, 0, False]), min({5, 3, 9}))

# === key= ===
words = ["kiwi", "banana", "fig", "cherry"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]), min(words, key=str.upper))
print(max([(1, "b"), (3, "a"), (2, "c")], key=lambda t: t[1]))
print(max(-5, 3, -7, key=abs), min(-5, 3, -7, key=abs))

# === ties return first ===
print(max(["aa", "bb", "c"], key=len), min(["aa", "b", "c"], key=len))

# === default= ===
print(min([], default=None), max([], default="empty"), max([7], default=0), min((), key=len, default=-1))

# === errors ===
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
