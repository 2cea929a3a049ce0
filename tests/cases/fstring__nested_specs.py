# === width and precision from variables ===
x = 3.14159265
for w in [8, 10, 12]:
    for p in [1, 3]:
        print(f"[{x:{w}.{p}f}]")

# === fill and align from variables ===
fill, align, width = "*", "^", 9
print(f"[{'hi':{fill}{align}{width}}]")
for al in "<>^":
    print(f"[{'ab':{al}6}]")

# === nested spec with type ===
t = "x"
print(f"{255:{t}}", f"{255:#{t}}", f"{255:0{8}{t}}")

# === table with computed widths ===
rows = [("alpha", 1.5), ("be", 22.25), ("gamma-ray", 333.125)]
kw = max(len(r[0]) for r in rows)
for k, v in rows:
    print(f"{k:<{kw}} | {v:>{kw}.2f}")
