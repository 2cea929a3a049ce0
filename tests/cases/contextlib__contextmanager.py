from contextlib import contextmanager
import contextlib

# === enter value, normal exit, finally ===
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as value:
    print("inside", value)

with tag("outer"), tag("inner") as inner:
    print("nested", inner)

# === an exception in the body is thrown into the generator and propagates ===
try:
    with tag("div"):
        raise ValueError("body failed")
except ValueError as e:
    print("propagated:", e)

# === the generator suppresses the exception by catching it ===
@contextmanager
def ignoring(*kinds):
    try:
        yield
    except kinds as e:
        print("ignored", type(e).__name__, e)


with ignoring(KeyError, IndexError):
    {}["missing"]
print("after KeyError")
with ignoring(KeyError):
    [][0] if False else None
print("nothing raised")
try:
    with ignoring(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not ignored")

# === the generator may convert the exception ===
class ConfigError(Exception):
    pass


@contextmanager
def config_section(name):
    try:
        yield
    except KeyError as e:
        raise ConfigError(f"{name}: missing {e}") from e


try:
    with config_section("database"):
        settings = {"host": "db"}
        settings["port"]
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__))

# === return/break/continue inside the with body still exit the manager ===
@contextmanager
def step(n, log):
    log.append(f"start {n}")
    yield n
    log.append(f"end {n}")


def first_even(values):
    log = []
    for v in values:
        with step(v, log) as n:
            if n % 2:
                continue
            if n > 5:
                break
            return n, log
    return None, log


print(first_even([1, 3, 4]))
print(first_even([1, 8]))

# === generator didn't yield / didn't stop ===
@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def yields_twice():
    yield 1
    yield 2


try:
    with yields_twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield


try:
    with yields_after_throw():
        raise ValueError("thrown in")
except RuntimeError as e:
    print("RuntimeError:", e)

# === StopIteration from the body is not swallowed ===
@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration("from body")
except StopIteration as e:
    print("StopIteration passed through:", e)

# === as a method decorator, with arguments, and via the module ===
class Connection:
    def __init__(self):
        self.log = []

    @contextmanager
    def transaction(self, name):
        self.log.append("begin " + name)
        try:
            yield self
        except Exception:
            self.log.append("rollback " + name)
            raise
        else:
            self.log.append("commit " + name)


conn = Connection()
with conn.transaction("t1") as c:
    c.log.append("insert")
try:
    with conn.transaction("t2"):
        raise RuntimeError("constraint")
except RuntimeError:
    pass
print(conn.log)


@contextlib.contextmanager
def temporary(d, key, value):
    old = d.get(key)
    d[key] = value
    try:
        yield d
    finally:
        if old is None:
            del d[key]
        else:
            d[key] = old


env = {"MODE": "prod"}
with temporary(env, "MODE", "test"), temporary(env, "DEBUG", "1"):
    print(sorted(env.items()))
print(sorted(env.items()))
print(tag.__name__)

# === __enter__ / __exit__ called by hand ===
cm = tag("manual")
print(cm.__enter__())
print(cm.__exit__(None, None, None))
cm = ignoring(KeyError)
cm.__enter__()
print(cm.__exit__(KeyError, KeyError("k"), None))

# === an uncaught error leaves through the manager ===
with tag("last"):
    raise KeyError("uncaught")
