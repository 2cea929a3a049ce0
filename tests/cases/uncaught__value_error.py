# === caught ValueError first ===
try:
    int("forty")
except ValueError as e:
    print("caught:", e)

# === some output before failing ===
def parse_age(s):
    n = int(s)
    if n < 0:
        raise ValueError(f"negative age: {n}")
    return n

print(parse_age("42"))
print(parse_age("7"))

# === final uncaught ValueError ===
parse_age("-3")
