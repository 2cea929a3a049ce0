# === exception in finally replaces original ===
try:
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

# === break in finally swallows exception ===
for i in range(3):
    try:
        raise RuntimeError("swallowed by break")
    finally:
        break
print("loop exited at", i)

# === continue in finally swallows exception ===
count = 0
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        count += 1
        continue
print("continued", count, "times")

# === return in finally overrides raised exception in function ===
def quiet():
    try:
        1 / 0
    finally:
        return "finally wins"

print(quiet())

# === return in finally overrides return in except ===
def handler_return():
    try:
        raise TypeError("t")
    except TypeError:
        return "from except"
    finally:
        print("finally runs after except's return expression")

print(handler_return())

# === finally modifies but doesn't override ===
def side_effect():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

print(side_effect())
