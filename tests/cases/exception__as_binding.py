# === as binds the exception ===
try:
    raise ValueError("bad value")
except ValueError as err:
    print(type(err).__name__, err)
    saved = err

# === name deleted after except block ===
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)

# === saved reference survives ===
print("saved:", saved, saved.args)

# === pre-existing name is deleted too ===
e = "previous value"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)

# === binding in function ===
def handler():
    try:
        [].pop()
    except IndexError as exc:
        msg = str(exc)
    try:
        return exc
    except UnboundLocalError as u:
        return "unbound: " + msg

print(handler())

# === not deleted if no exception occurred ===
ok = "kept"
try:
    pass
except Exception as ok:
    pass
print(ok)
