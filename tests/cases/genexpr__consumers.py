# === sum / min / max ===
print(sum(x * x for x in range(5)))
print(min(len(w) for w in ["aaa", "b", "cc"]))
print(max(abs(v) for v in [-7, 3, 5]))
print(sum((x for x in [0.5, 0.25]), 10))

# === any / all ===
print(any(x > 3 for x in [1, 2, 5]))
print(any(x > 3 for x in []))
print(all(x > 0 for x in [1, 2, 3]))
print(all(x > 0 for x in [1, -2, 3]))
print(all(x for x in []))

# === list / tuple / set / dict ===
print(list(c for c in "hey"))
print(tuple(i for i in range(3)))
print(sorted(set(x % 2 for x in range(5))))
print(dict((k, len(k)) for k in ["a", "bb"]))

# === str.join ===
print("-".join(str(i) for i in range(5)))
print("".join(c.upper() for c in "abc" if c != "b"))
print(", ".join(f"{k}={v}" for k, v in {"x": 1, "y": 2}.items()))

# === sorted and enumerate ===
print(sorted((x % 4 for x in range(8)), reverse=True))
print(list(enumerate(c for c in "ab")))

# === max with default on empty genexpr ===
print(max((x for x in []), default="none"))
try:
    max(x for x in [])
except ValueError as e:
    print(type(e).__name__, e)

# === genexpr as sole argument without extra parens ===
print(sum(i for i in range(101)))
print(len(list(i for i in range(7))))

# === zip with genexpr ===
print(list(zip((i for i in range(3)), "abc")))
