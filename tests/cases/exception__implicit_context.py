# === exception in handler gets __context__ ===
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e))
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)

# === error in handler code (not explicit raise) ===
try:
    try:
        [][0]
    except IndexError:
        {}["k"]
except KeyError as e:
    print(repr(e), "<-", repr(e.__context__))

# === context in finally ===
try:
    try:
        raise TypeError("in try")
    finally:
        raise RuntimeError("in finally")
except RuntimeError as e:
    print(repr(e), "<-", repr(e.__context__))

# === context chain of three ===
try:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))

# === handled exception does not become context later ===
try:
    int("z")
except ValueError:
    pass
try:
    raise TypeError("fresh")
except TypeError as e:
    print(repr(e), e.__context__)

# === re-raising same exception keeps no self-context ===
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print(repr(e), e.__context__)
