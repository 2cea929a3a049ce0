# === is_integer ===
for x in [1.0, 1.5, -3.0, 0.0, -0.0, 1e20, 0.1, float("inf"), float("nan")]:
    print(repr(x), x.is_integer())

# === conversions ===
print(int(2.0), int(2.999), float(int(7.9)))

# === as used in code ===
vals = [4.0, 4.5, 9.0, 10.25]
whole = [int(v) for v in vals if v.is_integer()]
print(whole)

# === float comparisons with tolerance ===
a = 0.1 + 0.2
b = 0.3
print(a == b, abs(a - b) < 1e-9)

# === min/max of floats ===
print(min(2.5, 1.5, 3.5), max([0.1, -0.2, 0.05]))
print(sum([0.1] * 10), sum([0.5, 0.25, 0.125]))
