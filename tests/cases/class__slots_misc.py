# === __slots__ is accepted ===
class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


s = Slotted(1, 2)
print(s.x + s.y, Slotted.__slots__)

# === class-level constants and enums written by hand ===
class Color:
    RED = "red"
    GREEN = "green"
    ALL = (RED, GREEN)

    @classmethod
    def parse(cls, text):
        text = text.lower()
        if text not in cls.ALL:
            raise ValueError(f"unknown color {text!r}")
        return text


print(Color.parse("RED"), Color.ALL)
try:
    Color.parse("blue")
except ValueError as e:
    print("ValueError:", e)

# === instances in containers, sorting by attribute ===
class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority


tasks = [Task("write", 2), Task("test", 1), Task("ship", 3)]
print([t.name for t in sorted(tasks, key=lambda t: t.priority)])
print(max(tasks, key=lambda t: t.priority).name)
by_name = {t.name: t for t in tasks}
print(by_name["test"].priority)

# === instances as dict keys and set members use identity ===
k1 = Task("a", 1)
k2 = Task("a", 1)
d = {k1: "first", k2: "second"}
print(len(d), d[k1], k1 in {k1}, k2 in {k1})
print(k1 == k1, k1 == k2, k1 != k2)

# === default bool of an instance is True ===
print(bool(k1), not k1, "yes" if k1 else "no")
