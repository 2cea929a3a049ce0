# === raise instance ===
try:
    raise ValueError("instance")
except ValueError as e:
    print(repr(e))

# === raise class (instantiated with no args) ===
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, repr(str(e)))

# === raise class of other types ===
for cls in [KeyError, IndexError, RuntimeError, NotImplementedError]:
    try:
        raise cls
    except Exception as e:
        print(type(e).__name__, e.args)

# === raise with multiple args ===
try:
    raise RuntimeError("code", 500)
except RuntimeError as e:
    print(e.args, e.args[1])

# === raise a stored exception ===
stored = TypeError("stored")
try:
    raise stored
except TypeError as e:
    print(e is stored)

# === raising non-exception is TypeError ===
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise "string"
except TypeError as e:
    print(type(e).__name__, e)

# === raise in nested function ===
def validate(age):
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age

def register(age):
    return validate(age) + 1

try:
    register(-5)
except ValueError as e:
    print(e)

# === raise NotImplementedError as placeholder ===
def todo():
    raise NotImplementedError("todo: implement")

try:
    todo()
except NotImplementedError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
