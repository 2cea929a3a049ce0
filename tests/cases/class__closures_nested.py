# === methods see enclosing function locals, not class locals ===
def make_counter_class(start):
    step = 2

    class Counter:
        initial = start

        def __init__(self):
            self.value = start

        def bump(self):
            self.value += step
            return self.value

    return Counter


C = make_counter_class(10)
c = C()
print(c.bump(), c.bump(), C.initial)

# === class attributes are not visible as plain names in methods ===
x = "global x"


class Scope:
    x = "class x"

    def read(self):
        return x

    def read_attr(self):
        return self.x


s = Scope()
print(s.read(), s.read_attr())

# === comprehensions in the class body use the class only for the first iterable ===
class Comp:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]


print(Comp.doubled)

# === nested classes and closures over self ===
class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)
        return fn

    def click(self):
        return [h(self) for h in self.handlers]


b = Button("ok")


@b.on_click
def first(btn):
    return "first:" + btn.label


b.on_click(lambda btn: "second:" + btn.label.upper())
print(b.click())


def outer():
    class Node:
        def __init__(self, v, nxt=None):
            self.v = v
            self.nxt = nxt

        def values(self):
            out = []
            node = self
            while node is not None:
                out.append(node.v)
                node = node.nxt
            return out

    return Node(1, Node(2, Node(3)))


print(outer().values())
