# === a small inventory model ===
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.sku in self._items:
            raise InventoryError(f"duplicate sku {item.sku}")
        self._items[item.sku] = item
        return self

    def take(self, sku, n):
        item = self._items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        return item

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))

    def __contains__(self, sku):
        return sku in self._items

    def total_value(self):
        return round(sum(i.value for i in self), 2)


inv = Inventory().add(Item("a1", "bolt", 0.25, 100)).add(Item("b2", "nut", 0.1, 50))
print(len(inv), "a1" in inv, "zz" in inv, list(inv), inv.total_value())
inv.take("a1", 30)
print(inv.total_value())
for sku, n in [("b2", 60), ("zz", 1), ("a1", 1)]:
    try:
        print("took", inv.take(sku, n))
    except OutOfStock as e:
        print("out of stock:", e, e.sku)
    except InventoryError as e:
        print("inventory error:", e)
    except KeyError as e:
        print("missing:", e)
try:
    inv.add(Item("a1", "dup", 1))
except InventoryError as e:
    print(type(e).__name__, e)

# === a state machine ===
class Machine:
    transitions = {"idle": ["running"], "running": ["paused", "done"], "paused": ["running"]}

    def __init__(self):
        self.state = "idle"
        self.history = [self.state]

    def go(self, new):
        if new not in self.transitions.get(self.state, []):
            raise ValueError(f"cannot go from {self.state} to {new}")
        self.state = new
        self.history.append(new)


m = Machine()
for step in ["running", "paused", "running", "done", "idle"]:
    try:
        m.go(step)
    except ValueError as e:
        print(e)
print(m.history)
