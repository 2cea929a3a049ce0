# === deep recursion through methods uses the VM's frames ===
class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child

    def depth(self):
        if self.child is None:
            return 1
        return 1 + self.child.depth()

    def total(self):
        return self.value + (self.child.total() if self.child else 0)


chain = None
for i in range(300):
    chain = Node(i, chain)
print(chain.depth(), chain.total())

# === recursive construction ===
class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth > 0 else []

    def count(self):
        return 1 + sum(k.count() for k in self.kids)


print(Tree(6).count())

# === mutual recursion between methods of two classes ===
class Even:
    def check(self, n):
        return True if n == 0 else Odd().check(n - 1)


class Odd:
    def check(self, n):
        return False if n == 0 else Even().check(n - 1)


print(Even().check(50), Even().check(51))
