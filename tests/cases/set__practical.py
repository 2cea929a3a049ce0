# === find duplicates ===
items = [4, 2, 7, 2, 9, 4, 4, 1]
seen = set()
dups = set()
for x in items:
    if x in seen:
        dups.add(x)
    seen.add(x)
print(sorted(dups), sorted(seen))

# === common / unique elements ===
team_a = {"ann", "bob", "cy"}
team_b = {"bob", "dan", "cy", "eve"}
print("both:", sorted(team_a & team_b))
print("only a:", sorted(team_a - team_b))
print("either one:", sorted(team_a ^ team_b))
print("all:", sorted(team_a | team_b))

# === order-preserving dedupe ===
out = []
s = set()
for ch in "hello world":
    if ch not in s:
        s.add(ch)
        out.append(ch)
print("".join(out))

# === anagram check ===
def same_letters(a, b):
    return set(a) == set(b) and len(a) == len(b)
print(same_letters("listen", "silent"), same_letters("abc", "abd"))

# === len of set of tuples ===
print(len({(1, 2), (2, 1), (1, 2)}))
