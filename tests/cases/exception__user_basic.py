# === subclassing Exception ===
class AppError(Exception):
    pass


try:
    raise AppError("something broke")
except AppError as e:
    print(type(e).__name__, e, e.args, repr(e))

try:
    raise AppError
except AppError as e:
    print("bare class:", repr(e), e.args, str(e) == "")

# === caught by a base class ===
try:
    raise AppError(1, 2)
except Exception as e:
    print("as Exception:", repr(e), str(e), isinstance(e, AppError), isinstance(e, Exception))

try:
    raise AppError("x")
except BaseException as e:
    print("as BaseException:", type(e).__name__)

# === not caught by unrelated classes ===
try:
    try:
        raise AppError("inner")
    except ValueError:
        print("wrong handler")
except AppError as e:
    print("outer caught", e)

# === tuples of classes ===
class OtherError(Exception):
    pass


for exc in (AppError("a"), OtherError("b"), KeyError("c")):
    try:
        raise exc
    except (AppError, OtherError) as e:
        print("user:", type(e).__name__, e)
    except LookupError as e:
        print("lookup:", e)

# === type and class checks ===
e = AppError("v")
print(type(e) is AppError, issubclass(AppError, Exception), issubclass(AppError, BaseException), issubclass(AppError, ValueError))
print([k.__name__ for k in AppError.__mro__])
