# === error in handler propagates ===
def bad_handler():
    try:
        raise ValueError("original")
    except ValueError:
        return undefined_variable_here

try:
    bad_handler()
except NameError as e:
    print(type(e).__name__, e)
    print("context:", repr(e.__context__))

# === handler that raises the same type ===
try:
    try:
        raise ValueError("one")
    except ValueError:
        raise ValueError("two")
except ValueError as e:
    print(e, "<-", e.__context__)

# === subsequent handlers of same try are not used ===
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise IndexError("i")
    except IndexError:
        print("not reached: sibling handler")
except IndexError as e:
    print("outer handled", e)

# === finally still runs after handler error ===
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise RuntimeError("r")
    finally:
        print("finally ran")
except RuntimeError as e:
    print("got", e)

# === handler raising from a function call ===
def cleanup():
    raise OSError("cleanup failed")

try:
    try:
        raise ValueError("work failed")
    except ValueError:
        cleanup()
except OSError as e:
    print(type(e).__name__, e, "| context:", e.__context__)
