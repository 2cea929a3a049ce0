# === absent modules ===
try:
    import nosuchmod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, ImportError))

try:
    import nosuch.sub
except ImportError as e:
    print(type(e).__name__, e)

try:
    from nosuch import x
except ImportError as e:
    print(type(e).__name__, e)

try:
    from math import nosuch
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'nosuch' from 'math' ("))

try:
    import math.nosub
except ImportError as e:
    print(type(e).__name__, e)

def g():
    try:
        from collections_nope import thing
    except ModuleNotFoundError as e:
        return str(e)
print(g())
