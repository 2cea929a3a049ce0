# === pass in function ===
def nothing():
    pass

print(nothing())
assert nothing() is None, "pass returns None"

# === pass in if ===
x = 5
if x > 3:
    pass
else:
    print("not reached")
print("after if with pass")

# === pass in loops ===
for i in range(3):
    pass
print("for with pass done, i =", i)

n = 0
while n < 3:
    n += 1
    pass
print("while done, n =", n)

# === pass in try ===
try:
    pass
except Exception:
    print("no")
else:
    print("try with pass -> else")
finally:
    print("finally")

# === pass in except swallows ===
try:
    1 / 0
except ZeroDivisionError:
    pass
print("swallowed")

# === Ellipsis as placeholder ===
def stub():
    ...

print(stub())
print(...)
print(Ellipsis is ...)

# === docstring-only function ===
def documented():
    "only a docstring"

print(documented())
print(documented.__doc__)
