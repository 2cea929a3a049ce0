# === abs of ints ===
print(abs(5), abs(-5), abs(0), abs(-0))
print(abs(-(2 ** 100)), abs(2 ** 100))
print(abs(-9223372036854775808))

# === abs of floats ===
print(abs(-3.5), abs(3.5), abs(-0.0), abs(float('-inf')))

# === abs of bool ===
print(abs(True), abs(False))
print(type(abs(True)).__name__)

# === distances ===
pts = [3, -8, 12, -1, 0]
print([abs(p) for p in pts])
print(max(pts, key=abs), min(pts, key=abs))
print(sum(abs(a - b) for a, b in zip(pts, pts[1:])))

# === TypeError ===
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
