# bench: N=40
# Agent-style: parse tool results (list of dicts), filter, group, summarize as text.
orders = []
for i in range(N * 100):
    orders.append({
        "id": "ord-" + str(i),
        "customer": "cust" + str(i % 37),
        "status": ["open", "shipped", "cancelled", "returned"][i % 4],
        "items": [{"sku": "sku" + str((i + j) % 11), "qty": (i + j) % 5 + 1, "price": ((i * j) % 50) + 0.99} for j in range(3)],
    })
by_customer = {}
for o in orders:
    if o["status"] == "cancelled":
        continue
    total = sum(it["qty"] * it["price"] for it in o["items"])
    entry = by_customer.get(o["customer"])
    if entry is None:
        entry = {"orders": 0, "revenue": 0.0, "skus": set()}
        by_customer[o["customer"]] = entry
    entry["orders"] += 1
    entry["revenue"] += total
    for it in o["items"]:
        entry["skus"].add(it["sku"])
ranked = sorted(by_customer.items(), key=lambda kv: kv[1]["revenue"], reverse=True)
lines = [f"{name}: {e['orders']} orders, ${e['revenue']:.2f}, {len(e['skus'])} skus" for name, e in ranked[:5]]
print("\n".join(lines))
print(len(by_customer), round(sum(e["revenue"] for e in by_customer.values()), 2))
