# === caught assertion without message ===
try:
    assert []
except AssertionError as e:
    print("caught:", repr(e), e.args)

# === output before failure ===
x = 10
print("x is", x)
assert x > 5

# === uncaught AssertionError without message ===
assert x < 5
