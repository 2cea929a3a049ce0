# === KeyError subclass keeps KeyError's str ===
class MissingSetting(KeyError):
    pass


try:
    raise MissingSetting("timeout")
except KeyError as e:
    print(str(e), repr(e), e.args)

# === subclasses of many builtin exceptions ===
bases = [ValueError, TypeError, RuntimeError, LookupError, IndexError, ArithmeticError, ZeroDivisionError, AttributeError, NotImplementedError, StopIteration, OSError]
for base in bases:
    class Sub(base):
        pass
    try:
        raise Sub("m")
    except base as e:
        print(base.__name__, type(e).__name__, isinstance(e, base), issubclass(Sub, Exception), str(e))

# === BaseException subclasses are not caught by except Exception ===
class Stop(BaseException):
    pass


try:
    try:
        raise Stop("halt")
    except Exception:
        print("wrong")
except BaseException as e:
    print("BaseException caught:", type(e).__name__, e)

# === user StopIteration ends a for loop's iterator ===
class Done(StopIteration):
    pass


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise Done
        self.n -= 1
        return self.n


print(list(Countdown(3)))

# === with_traceback returns the exception ===
class Traced(Exception):
    pass


e = Traced("v")
print(e.with_traceback(None) is e)
