# === bare raise re-raises current exception ===
def wrapper():
    try:
        int("oops")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    wrapper()
except ValueError as e:
    print("outer got:", e)

# === re-raise preserves identity ===
original = None
try:
    try:
        raise KeyError("same")
    except KeyError as e:
        original = e
        raise
except KeyError as e2:
    print(e2 is original)

# === raise e explicitly ===
try:
    try:
        raise IndexError("explicit")
    except IndexError as e:
        raise e
except IndexError as e:
    print("explicit re-raise:", e)

# === bare raise with no active exception ===
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# === conditional re-raise ===
def handle(kind):
    try:
        if kind == "v":
            raise ValueError("v")
        raise TypeError("t")
    except (ValueError, TypeError) as e:
        if isinstance(e, ValueError):
            return "recovered from ValueError"
        raise

print(handle("v"))
try:
    handle("t")
except TypeError as e:
    print("propagated:", e)

# === re-raise after finally ===
def with_finally():
    try:
        raise RuntimeError("rt")
    except RuntimeError:
        raise
    finally:
        print("finally before propagating")

try:
    with_finally()
except RuntimeError as e:
    print("caught", e)
