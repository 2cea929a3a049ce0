# === concatenation ===
a = "foo"
b = "bar"
print(a + b, a + " " + b, "" + a, a + "")
c = a
c += b
print(c, a)

# === repetition ===
print("ab" * 3, 3 * "ab", repr("x" * 0), repr("x" * -2), "-" * 20)
print(("=" * 5 + "|") * 2)

# === building strings ===
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))

# === TypeError ===
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
