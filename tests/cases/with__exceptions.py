# === __exit__ sees the exception and can suppress it ===
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit")
            return False
        print("exit saw", exc_type.__name__, exc)
        return issubclass(exc_type, self.types)


with Suppress(KeyError):
    {}["missing"]
print("after suppressed KeyError")

with Suppress(KeyError):
    print("nothing raised")

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)

# === user exceptions through with ===
class Abort(Exception):
    pass


with Suppress(Abort):
    raise Abort("stop here")
print("aborted cleanly")

# === a falsy non-bool return does not suppress ===
class ReturnsZero:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return 0


try:
    with ReturnsZero():
        raise IndexError("kept")
except IndexError as e:
    print("kept:", e)

# === exceptions raised by __exit__ replace the original, with context ===
class Failing:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")


try:
    with Failing():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

try:
    with Failing():
        pass
except RuntimeError as e:
    print(e, "| context:", e.__context__)

# === exception in __enter__ skips the body and __exit__ ===
class BadEnter:
    def __enter__(self):
        raise OSError("cannot open")

    def __exit__(self, *a):
        print("never")


try:
    with BadEnter():
        print("never")
except OSError as e:
    print("enter failed:", e)

# === the exception is handled inside the with body ===
with Suppress(Exception):
    try:
        raise KeyError("inner")
    except KeyError:
        print("handled inside")
print("done")
