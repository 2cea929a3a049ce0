# === literals ===
empty = ()
single = (1,)
not_tuple = (1)
bare = 1, 2, 3
print(empty, single, not_tuple, bare, type(single).__name__, type(not_tuple).__name__)
print(len(empty), len(single), len(bare), (), ((),), ("a",), ("a", "b"))

# === indexing ===
t = ("a", "b", "c", "d", "e")
print(t[0], t[-1], t[2], t[-5])

# === slicing returns tuples ===
print(t[1:3], t[::-1], t[::2], t[3:1], t[:1], t[-2:])

# === immutability ===
try:
    t[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)

# === IndexError ===
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
