# === s type ===
print(f"[{'text':s}]", f"[{'text':10s}]", f"[{'text':>10s}]", f"[{'text':^10.2s}]")

# === str of various objects via !s then spec ===
for v in [None, True, [1, 2], (3,), {"k": 1}]:
    print(f"[{v!s:>12}]", f"[{v!r:<14}]")

# === unicode width counts code points ===
print(f"[{'café':>6}]", f"[{'日本':*^6}]")

# === align rows ===
header = ["Name", "Qty", "Price"]
rows = [["Widget", 3, 9.99], ["Gadget", 12, 129.5]]
print(f"{header[0]:<10}{header[1]:>5}{header[2]:>10}")
for r in rows:
    print(f"{r[0]:<10}{r[1]:>5}{r[2]:>10.2f}")
print("-" * 25)
total = sum(r[1] * r[2] for r in rows)
print(f"{'Total':<15}{total:>10.2f}")
