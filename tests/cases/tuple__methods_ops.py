t = (1, 2, 3, 2, 1, 2)

# === count / index ===
print(t.count(2), t.count(5), t.index(3), t.index(2, 2), t.index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)

# === concatenation / repetition ===
print((1, 2) + (3,), (0,) * 4, 2 * ("a", "b"), () + (), (1,) * 0)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
u = (1,)
v = u
u += (2,)
print(u, v, u is v)

# === comparison ===
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,))
print((1, "a") < (1, "b"), (1, 2) == [1, 2], (0.0, True) == (0, 1))

# === membership / len / min / max / sum ===
print(3 in t, 7 not in t, len(t), min(t), max(t), sum(t))
