# === import forms ===
import math
import math as m
from math import sqrt, pi as PI
print(math.sqrt(16), m.floor(2.5), sqrt(2), PI)
print(math is m, type(math).__name__, math.__name__)
print(repr(math).startswith("<module 'math'"))

# === from import star ===
from string import *
print(ascii_lowercase, digits)

# === import inside a function binds a local ===
def f():
    import json
    from math import factorial as fact
    return json.dumps([fact(5)])
print(f())
try:
    json
except NameError as e:
    print("NameError:", e)

# === module attributes ===
try:
    math.nope
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(math, "tau"), hasattr(math, "nope"), getattr(math, "e"))
print(callable(math.sqrt), math.sqrt.__name__, repr(math.sqrt))
