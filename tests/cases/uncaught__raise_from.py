# === caught chained exception first ===
try:
    try:
        int("x")
    except ValueError as e:
        raise LookupError("wrapped") from e
except LookupError as e:
    print("caught:", e, "cause:", type(e.__cause__).__name__)

# === wrap a low-level error ===
def load(key, store):
    try:
        return store[key]
    except KeyError as e:
        raise LookupError(f"missing setting {key!r}") from e

store = {"a": 1}
print(load("a", store))

# === uncaught chained exception (only final line matters) ===
load("b", store)
