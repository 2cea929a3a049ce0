# === reversed on sequences ===
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), "".join(reversed("stressed")))

# === reversed on dict ===
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))

# === reversed is an iterator ===
it = reversed([10, 20, 30])
print(next(it), next(it), list(it), list(it))

# === reversed does not copy ===
lst = [1, 2, 3]
r = reversed(lst)
lst[0] = 100
print(list(r))

# === not for sets ===
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
