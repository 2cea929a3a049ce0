# === __enter__ and __exit__ run around the body ===
class Tracker:
    def __init__(self, name):
        self.name = name
        self.log = []

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type is None}")
        return False


with Tracker("a") as t:
    t.log.append("body")
print(t.log)

# === the as-target receives __enter__'s result ===
class Resource:
    def __enter__(self):
        return {"handle": 42}

    def __exit__(self, *args):
        print("released, args:", args)


with Resource() as r:
    print("using", r["handle"])

with Resource():
    print("no target")

# === unpacking targets ===
class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        return None


with Pair() as (x, y):
    print(x + y)

# === multiple managers and nesting ===
order = []


class Step:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        order.append(f"in{self.n}")
        return self.n

    def __exit__(self, *a):
        order.append(f"out{self.n}")


with Step(1) as a, Step(2) as b:
    with Step(3) as c:
        order.append(a + b + c)
print(order)

# === a timer-like manager that records into an outer object ===
class Section:
    def __init__(self, report, title):
        self.report = report
        self.title = title

    def __enter__(self):
        self.report.append("<" + self.title + ">")
        return self

    def add(self, line):
        self.report.append("  " + line)

    def __exit__(self, *exc):
        self.report.append("</" + self.title + ">")


report = []
with Section(report, "summary") as s:
    s.add("total: 3")
    with Section(report, "details") as d:
        d.add("a=1")
print("\n".join(report))
