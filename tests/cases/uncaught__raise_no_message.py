# === caught class-raised exception ===
try:
    raise ValueError
except ValueError as e:
    print("caught:", repr(e), repr(str(e)))

# === validation ===
def check(v):
    if not isinstance(v, int):
        raise ValueError
    return v

print(check(1))
print(check(2))

# === uncaught ValueError without message ===
check("3")
