# === caught unpack errors ===
try:
    a, b = "x=1=2".split("=")
except ValueError as e:
    print("caught:", e)
k, _, v = "c".partition("=")
print(repr(k), repr(v))

# === parsing pairs ===
lines = ["a=1", "b=2", "c"]
for line in lines:
    key, value = line.split("=")
    print(key, value)
