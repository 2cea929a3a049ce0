# === caught assertion first ===
try:
    assert 1 + 1 == 3, "arithmetic check"
except AssertionError as e:
    print("caught:", e, e.args)

# === checks that pass ===
values = [1, 2, 3]
assert len(values) == 3, "length"
assert sum(values) == 6, "sum"
print("checks passed")

# === uncaught AssertionError with message ===
values.append(4)
assert sum(values) == 6, f"expected 6, got {sum(values)}"
