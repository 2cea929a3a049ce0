# === side effect tracker ===
calls = []

def t(name, value):
    calls.append(name)
    return value

# === and short-circuits ===
r = t("a", False) and t("b", True)
print(r, calls)
calls.clear()
r = t("a", True) and t("b", 0)
print(r, calls)
calls.clear()

# === or short-circuits ===
r = t("a", "x") or t("b", "y")
print(r, calls)
calls.clear()
r = t("a", "") or t("b", None) or t("c", 3)
print(r, calls)
calls.clear()

# === chained comparison short-circuits ===
r = t("a", 5) < t("b", 3) < t("c", 10)
print(r, calls)
calls.clear()
r = t("a", 1) < t("b", 3) < t("c", 10)
print(r, calls)
calls.clear()

# === guard patterns ===
d = {"k": [1, 2]}
if "k" in d and len(d["k"]) > 1:
    print("guarded access ok")
lst = []
if lst and lst[0] > 0:
    print("never")
else:
    print("empty list guarded")

# === not with and/or precedence ===
print(not True or True)
print(not (True or True))
print(True or False and False)
print((True or False) and False)

# === any/all short-circuit ===
calls.clear()
print(any(t(str(i), i > 1) for i in range(5)), calls)
calls.clear()
print(all(t(str(i), i < 2) for i in range(5)), calls)
