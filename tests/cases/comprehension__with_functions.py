# === comprehension with method calls ===
raw = ["  Alice ", "BOB", " carol  "]
print([r.strip().title() for r in raw])

# === comprehension with builtins ===
print([abs(x) for x in [-2, 3, -4]])
print([str(x).zfill(3) for x in [1, 22, 333]])
print([int(t) for t in "1 2 3".split()])

# === parse key=value into dict ===
spec = "a=1;b=2;c=3"
print({k: int(v) for k, v in (pair.split("=") for pair in spec.split(";"))})

# === comprehension with try via helper ===
def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None

vals = ["1", "x", "3", "", "5"]
print([safe_int(v) for v in vals])
print([n for n in (safe_int(v) for v in vals) if n is not None])

# === comprehension raising propagates ===
try:
    [int(v) for v in vals]
except ValueError as e:
    print(type(e).__name__, e)

# === comprehension with enumerate for indexing ===
letters = "abcde"
print([f"{i}:{c}" for i, c in enumerate(letters) if i % 2 == 0])

# === comprehension producing tuples sorted ===
scores = {"ann": 88, "bob": 95, "cy": 70}
ranked = sorted([(s, n) for n, s in scores.items()], reverse=True)
print(ranked)
print([n for _, n in ranked])
