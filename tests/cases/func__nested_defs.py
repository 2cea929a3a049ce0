# === nested function helper ===
def process(items):
    def clean(s):
        return s.strip().lower()

    def valid(s):
        return len(s) > 0

    cleaned = [clean(i) for i in items]
    return [c for c in cleaned if valid(c)]

print(process(["  Foo", "", "BAR  ", "   "]))

# === inner function not visible outside ===
try:
    clean("x")
except NameError as e:
    print(type(e).__name__, e)

# === conditional definition ===
def pick(flag):
    if flag:
        def impl():
            return "A"
    else:
        def impl():
            return "B"
    return impl()

print(pick(True), pick(False))

# === redefinition replaces ===
def value():
    return 1

def value():
    return 2

print(value())

# === recursive inner function ===
def count_nodes(tree):
    def walk(node):
        if node is None:
            return 0
        return 1 + walk(node.get("left")) + walk(node.get("right"))
    return walk(tree)

tree = {"left": {"left": None, "right": {}}, "right": {"left": {}}}
print(count_nodes(tree))
