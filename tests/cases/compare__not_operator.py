# === not on various values ===
for v in [0, 1, "", "x", [], [0], None, 0.0, -1]:
    print(repr(v), not v, not not v)

# === not with comparisons ===
a, b = 3, 5
print(not a > b, not (a > b), not a == b, a is not b)
print(not a < b < 10)

# === not in vs not (in) ===
lst = [1, 2, 3]
print(4 not in lst, not 4 in lst, not (4 in lst))

# === De Morgan ===
for p in [True, False]:
    for q in [True, False]:
        assert (not (p and q)) == ((not p) or (not q)), "demorgan and"
        assert (not (p or q)) == ((not p) and (not q)), "demorgan or"
        print(p, q, not (p and q), not (p or q))
