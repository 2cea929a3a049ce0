inventory = {"apples": 5, "pears": 0, "kiwis": 12, "plums": 3}

# === sorted by key and value ===
print(sorted(inventory))
print(sorted(inventory, key=inventory.get))
print(sorted(inventory.items(), key=lambda kv: kv[1], reverse=True))
print(max(inventory, key=inventory.get), min(inventory.items(), key=lambda kv: kv[1]))

# === build new dicts ===
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock)
doubled = dict((k, v * 2) for k, v in inventory.items())
print(doubled)

# === safe deletion during iteration ===
for k in list(inventory):
    if inventory[k] == 0:
        del inventory[k]
print(inventory)

# === totals ===
print(sum(inventory.values()), len(inventory), any(v > 10 for v in inventory.values()), all(inventory.values()))

# === zip two dicts' values ===
a = {"x": 1, "y": 2}
b = {"x": 10, "y": 20}
print({k: a[k] + b[k] for k in a})
