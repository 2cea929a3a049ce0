# === tool result: list of order records ===
orders = [
    {"id": "o1", "customer": "acme", "amount": 120.5, "status": "paid"},
    {"id": "o2", "customer": "globex", "amount": 80.0, "status": "pending"},
    {"id": "o3", "customer": "acme", "amount": 42.25, "status": "paid"},
    {"id": "o4", "customer": "initech", "amount": 300.0, "status": "refunded"},
    {"id": "o5", "customer": "globex", "amount": 15.75, "status": "paid"},
    {"id": "o6", "customer": "acme", "amount": 9.99, "status": "pending"},
]

# === group by customer ===
by_customer = {}
for o in orders:
    by_customer.setdefault(o["customer"], []).append(o)

for name in sorted(by_customer):
    ids = [o["id"] for o in by_customer[name]]
    print(f"{name}: {len(ids)} orders -> {', '.join(ids)}")

# === count by status ===
status_counts = {}
for o in orders:
    status_counts[o["status"]] = status_counts.get(o["status"], 0) + 1
print(status_counts)

# === totals for paid orders only ===
paid_totals = {}
for o in orders:
    if o["status"] != "paid":
        continue
    paid_totals[o["customer"]] = paid_totals.get(o["customer"], 0) + o["amount"]

print("Paid revenue by customer:")
for name, total in sorted(paid_totals.items(), key=lambda kv: kv[1], reverse=True):
    print(f"  {name:<10} ${total:>8.2f}")

grand = sum(paid_totals.values())
print(f"Grand total: ${grand:,.2f}")
assert round(grand, 2) == 178.5, "grand total"

# === largest order per customer ===
largest = {c: max(os, key=lambda o: o["amount"])["id"] for c, os in by_customer.items()}
print(largest)
