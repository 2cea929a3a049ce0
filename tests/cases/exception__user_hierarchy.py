# === a hierarchy of user exceptions ===
class ServiceError(Exception):
    """Base of the service's errors."""


class NotFound(ServiceError):
    pass


class Forbidden(ServiceError):
    pass


class Gone(NotFound):
    pass


def fetch(key):
    if key == "gone":
        raise Gone(key)
    if key == "secret":
        raise Forbidden(f"no access to {key}")
    if key.startswith("x"):
        raise NotFound(key)
    return key.upper()


for key in ["ok", "xyz", "gone", "secret"]:
    try:
        print("got", fetch(key))
    except NotFound as e:
        print("not found:", type(e).__name__, e)
    except ServiceError as e:
        print("service error:", type(e).__name__, e)

# === subclasses of builtin exceptions are caught as the builtin ===
class ConfigError(ValueError):
    pass


class MissingKey(KeyError):
    pass


class Timeout(TimeoutError):
    pass


for exc in (ConfigError("bad value"), MissingKey("name"), Timeout("slow")):
    try:
        raise exc
    except ValueError as e:
        print("ValueError branch:", type(e).__name__, e)
    except LookupError as e:
        print("LookupError branch:", type(e).__name__, e)
    except OSError as e:
        print("OSError branch:", type(e).__name__, e)

# === the order of except clauses matters ===
try:
    raise Gone("old")
except ServiceError:
    print("first matching clause wins")
except Gone:
    print("never")

# === multiple inheritance with a mixin ===
class Retryable:
    retry = True


class FlakyError(Retryable, ConnectionError):
    pass


try:
    raise FlakyError("reset")
except OSError as e:
    print(type(e).__name__, e, e.retry, isinstance(e, Retryable))
print(ServiceError.__doc__)
