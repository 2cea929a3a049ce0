# === LookupError catches KeyError and IndexError ===
for action in [lambda: {}["a"], lambda: [1][5], lambda: "s"[9]]:
    try:
        action()
    except LookupError as e:
        print("LookupError caught", type(e).__name__)

# === ArithmeticError catches ZeroDivisionError ===
try:
    5 // 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)

# === OverflowError is an ArithmeticError ===
try:
    2.0 ** 10000
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)

# === Exception catches everything common ===
errors = []
for thunk in [lambda: int("x"), lambda: None + 1, lambda: undefined, lambda: [].pop(), lambda: {}.pop("k")]:
    try:
        thunk()
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)

# === issubclass checks ===
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ValueError, Exception))
print(issubclass(Exception, BaseException), issubclass(KeyError, ValueError))
print(issubclass(StopIteration, Exception), issubclass(AssertionError, Exception))

# === isinstance checks ===
e = KeyError("k")
print(isinstance(e, KeyError), isinstance(e, LookupError), isinstance(e, Exception))
print(isinstance(e, IndexError), isinstance(e, (ValueError, LookupError)))
z = ZeroDivisionError("z")
print(isinstance(z, ArithmeticError), isinstance(z, BaseException))

# === order matters: base handler first shadows subclass ===
try:
    [][0]
except LookupError:
    print("base handler first")
except IndexError:
    print("never reached")
