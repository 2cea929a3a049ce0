# === raise from sets __cause__ ===
try:
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as e:
    print(repr(e))
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
    print(e.__cause__ is e.__context__)

# === raise from None suppresses context ===
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None
except TypeError as e:
    print(repr(e))
    print("cause:", e.__cause__)
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

# === raise from a different exception instance ===
try:
    raise RuntimeError("outer") from KeyError("unrelated")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)

# === plain exception has no cause ===
try:
    raise ValueError("plain")
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)

# === chain walk ===
def layer1():
    raise KeyError("db")

def layer2():
    try:
        layer1()
    except KeyError as e:
        raise LookupError("repo") from e

def layer3():
    try:
        layer2()
    except LookupError as e:
        raise RuntimeError("service") from e

try:
    layer3()
except RuntimeError as e:
    cur = e
    while cur is not None:
        print(type(cur).__name__, cur)
        cur = cur.__cause__

# === raise from class ===
try:
    raise ValueError("v") from IndexError
except ValueError as e:
    print(repr(e.__cause__))
