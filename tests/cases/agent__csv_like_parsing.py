# === csv text returned by a tool ===
csv_text = """name, qty, price, category
widget, 4, 2.50, tools
gadget, 1, 10.00, electronics
 doohickey ,10,0.75,tools
thingamajig, x, 5.00, misc
gizmo, 2, 7.25, electronics
"""

lines = [l for l in csv_text.strip().split("\n") if l.strip()]
header = [h.strip() for h in lines[0].split(",")]
print("columns:", header)

# === parse rows with validation ===
items = []
errors = []
for lineno, line in enumerate(lines[1:], start=2):
    cells = [c.strip() for c in line.split(",")]
    row = dict(zip(header, cells))
    try:
        row["qty"] = int(row["qty"])
        row["price"] = float(row["price"])
    except ValueError as e:
        errors.append(f"line {lineno}: {e}")
        continue
    row["total"] = row["qty"] * row["price"]
    items.append(row)

print(f"{len(items)} valid rows, {len(errors)} errors")
for err in errors:
    print("  ", err)

# === table output ===
print(f"{'name':<12}{'qty':>5}{'price':>8}{'total':>9}")
for it in items:
    print(f"{it['name']:<12}{it['qty']:>5}{it['price']:>8.2f}{it['total']:>9.2f}")

# === per-category subtotal ===
subtotal = {}
for it in items:
    subtotal[it["category"]] = subtotal.get(it["category"], 0.0) + it["total"]
for cat, val in sorted(subtotal.items()):
    print(f"{cat}: {val:.2f}")
print("overall:", f"{sum(subtotal.values()):.2f}")
