# === current inventory and a batch of tool-issued updates ===
inventory = {"apple": 10, "banana": 0, "cherry": 25}
updates = [
    ("add", "apple", 5),
    ("remove", "cherry", 30),
    ("remove", "banana", 1),
    ("add", "durian", 3),
    ("set", "banana", 12),
    ("remove", "apple", 15),
    ("rename", "apple", 1),
    ("add", "cherry", -4),
]

applied = []
rejected = []

def apply(op, item, qty):
    if qty < 0:
        raise ValueError(f"negative quantity {qty}")
    if op == "add":
        inventory[item] = inventory.get(item, 0) + qty
    elif op == "remove":
        have = inventory.get(item, 0)
        if qty > have:
            raise ValueError(f"cannot remove {qty} {item}, only {have}")
        inventory[item] = have - qty
    elif op == "set":
        inventory[item] = qty
    else:
        raise KeyError(op)

for op, item, qty in updates:
    try:
        apply(op, item, qty)
        applied.append(f"{op} {item} {qty}")
    except ValueError as e:
        rejected.append(f"{op} {item}: {e}")
    except KeyError as e:
        rejected.append(f"{op} {item}: unknown operation {e}")

print("applied:")
for a in applied:
    print("  +", a)
print("rejected:")
for r in rejected:
    print("  -", r)

# === final state ===
for item, qty in sorted(inventory.items()):
    flag = " (OUT OF STOCK)" if qty == 0 else ""
    print(f"{item:>8}: {qty:3d}{flag}")
out_of_stock = [k for k, v in inventory.items() if v == 0]
print("out of stock:", out_of_stock)
print("total units:", sum(inventory.values()))
