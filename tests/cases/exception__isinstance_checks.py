# === classify exceptions by isinstance ===
def classify(exc):
    if isinstance(exc, LookupError):
        return "lookup"
    if isinstance(exc, ArithmeticError):
        return "arith"
    if isinstance(exc, (TypeError, ValueError)):
        return "data"
    if isinstance(exc, Exception):
        return "other"
    return "base"

samples = [KeyError("a"), IndexError(1), ZeroDivisionError(), OverflowError(),
           TypeError(), ValueError(), RuntimeError(), NameError(), AttributeError()]
for s in samples:
    print(type(s).__name__, classify(s))

# === type name and identity checks ===
e = ValueError("x")
print(type(e).__name__, type(e) is ValueError, type(e) == Exception)

# === exceptions stored in a list and raised later ===
queue = [ValueError("q1"), KeyError("q2"), RuntimeError("q3")]
for exc in queue:
    try:
        raise exc
    except (ValueError, KeyError) as caught:
        print("handled", repr(caught))
    except Exception as caught:
        print("generic", repr(caught))

# === exception class objects as values ===
classes = [ValueError, TypeError, KeyError]
print([c.__name__ for c in classes])
inst = classes[2]("made")
print(repr(inst))

# === BaseException ===
print(isinstance(ValueError(), BaseException), issubclass(Exception, BaseException))
