class Log:
    def __init__(self, name, sink):
        self.name = name
        self.sink = sink

    def __enter__(self):
        self.sink.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.sink.append(f"exit {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False


# === return inside with calls __exit__ ===
def find(items, target, sink):
    with Log("find", sink):
        for i, x in enumerate(items):
            if x == target:
                return i
    return -1


sink = []
print(find([5, 6, 7], 6, sink), find([1], 9, sink), sink)

# === break and continue inside with inside a loop ===
sink = []
for i in range(5):
    with Log(str(i), sink):
        if i == 1:
            continue
        if i == 3:
            break
        sink.append("body " + str(i))
print(sink)

# === with inside a loop inside with ===
sink = []
with Log("outer", sink):
    for i in range(3):
        with Log("inner" + str(i), sink):
            if i == 2:
                break
print(sink)

# === return from nested with blocks ===
def nested(sink):
    with Log("a", sink):
        with Log("b", sink):
            return "value"


sink = []
print(nested(sink), sink)

# === with inside try/finally ===
def guarded(sink):
    try:
        with Log("g", sink):
            raise ValueError("boom")
    except ValueError as e:
        sink.append("caught " + str(e))
    finally:
        sink.append("finally")
    return sink


print(guarded([]))

# === generator using with ===
def gen(sink):
    with Log("gen", sink):
        yield 1
        yield 2


sink = []
print(list(gen(sink)), sink)
