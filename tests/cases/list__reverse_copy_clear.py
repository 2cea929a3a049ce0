# === reverse in place ===
a = [1, 2, 3, 4]
print(a.reverse(), a)
b = []
b.reverse()
print(b)

# === copy is shallow ===
orig = [[1, 2], [3]]
cp = orig.copy()
cp.append([4])
cp[0].append(99)
print(orig, cp, cp is orig, cp[0] is orig[0])

# === other copy forms ===
print(list(orig) == orig, orig[:] is orig, [*orig] == orig)

# === clear ===
c = [1, 2, 3]
alias = c
c.clear()
print(c, alias, len(alias))

# === clear vs rebinding ===
d = [1, 2]
e = d
d = []
print(d, e)
