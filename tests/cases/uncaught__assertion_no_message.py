# === output before failure ===
x = 10
print("x is", x)
assert x > 5

# === uncaught AssertionError without message ===
assert x < 5
