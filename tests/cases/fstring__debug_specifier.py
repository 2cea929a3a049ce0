x = 10
y = 3.14159
name = "monty"
items = [1, 2]

# === basic = ===
print(f"{x=}")
print(f"{y=}")
print(f"{name=}")
print(f"{items=}")

# === with spaces and expressions ===
print(f"{x = }")
print(f"{x + 1=}")
print(f"{x*2 = }")
print(f"{len(items)=}")

# === with format spec and conversion ===
print(f"{y=:.2f}")
print(f"{name=!s}")
print(f"{name=!r:>10}")
print(f"{x=:05d}")

# === multiple in one string ===
a, b = 1, 2
print(f"{a=}, {b=}, {a+b=}")
