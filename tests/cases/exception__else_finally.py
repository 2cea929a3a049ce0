# === try/except/else: else runs when no exception ===
def attempt(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        print("  except")
        return None
    else:
        print("  else")
        return r

print(attempt(2))
print(attempt(0))

# === try/finally without except ===
try:
    print("body")
finally:
    print("finally always")

# === all four clauses ===
def full(v):
    log = []
    try:
        log.append("try")
        if v:
            raise ValueError(v)
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(full(""))
print(full("boom"))

# === finally runs when exception propagates ===
def propagate():
    try:
        raise KeyError("k")
    finally:
        print("cleanup before propagation")

try:
    propagate()
except KeyError as e:
    print("caught", repr(e))

# === exception in else is not caught by same try ===
try:
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else raise")
except ValueError as e:
    print("outer caught:", e)

# === finally runs after handler raises ===
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise RuntimeError("second")
    finally:
        print("finally runs")
except RuntimeError as e:
    print("caught", e)
