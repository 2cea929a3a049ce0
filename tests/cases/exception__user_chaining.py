# === raise from keeps the cause ===
class ParseError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"cannot parse {text!r}") from e


try:
    parse("abc")
except ParseError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| suppress:", e.__suppress_context__)

# === implicit context ===
class CleanupError(Exception):
    pass


try:
    try:
        raise KeyError("first")
    except KeyError:
        raise CleanupError("second")
except CleanupError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)

# === raise from None hides the context ===
try:
    try:
        {}["x"]
    except KeyError:
        raise ParseError("clean") from None
except ParseError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))

# === re-raising a user exception ===
def risky():
    raise ParseError("deep")


try:
    try:
        risky()
    except ParseError:
        print("logging and re-raising")
        raise
except ParseError as e:
    print("re-raised:", e)

# === user exception as the cause ===
try:
    try:
        raise CleanupError("root cause")
    except CleanupError as root:
        raise RuntimeError("wrapper") from root
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))

# === finally runs with user exceptions ===
def f():
    try:
        raise ParseError("in f")
    finally:
        print("finally ran")


try:
    f()
except ParseError as e:
    print("caught", e)
