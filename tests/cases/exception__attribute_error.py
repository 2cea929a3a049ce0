# === attribute errors on builtin types ===
try:
    (5).foo
except AttributeError as e:
    print(type(e).__name__, e)

try:
    [1, 2].bar
except AttributeError as e:
    print(type(e).__name__, e)

try:
    "text".nope()
except AttributeError as e:
    print(type(e).__name__, e)

try:
    {"a": 1}.append(3)
except AttributeError as e:
    print(type(e).__name__, e)

try:
    None.something
except AttributeError as e:
    print(type(e).__name__, e)

try:
    (1, 2).append(3)
except AttributeError as e:
    print(type(e).__name__, e)

try:
    3.5.real_part
except AttributeError as e:
    print(type(e).__name__, e)

try:
    True.flag
except AttributeError as e:
    print(type(e).__name__, e)

# === common agent mistake: dict attribute access ===
record = {"name": "x"}
try:
    print(record.name)
except AttributeError as e:
    print(type(e).__name__, e)

# === method exists check alternatives ===
print(hasattr("s", "upper"), hasattr([], "upper"))
print(getattr([], "nope", "fallback"))

# === AttributeError is an Exception ===
try:
    [].missing
except Exception as e:
    print(isinstance(e, AttributeError), isinstance(e, LookupError))
