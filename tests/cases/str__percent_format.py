# === %s %d %r ===
print("%s is %d years" % ("ann", 30), "%r" % "quoted", "%s" % [1, 2], "%s|%r" % (None, None))
print("%d" % 3.99, "%d" % -7, "%i" % 42, "%s" % 1.5, "%d" % True)

# === floats ===
print("%f" % 3.14159, "%.2f" % 2.675, "%5.2f|" % 3.14159, "%-8.3f|" % 1.5, "%08.3f" % -1.5, "%+.1f" % 2.0)
print("%e" % 1234.5, "%.3E" % 0.000123, "%g" % 0.00001, "%g" % 123456789.0, "%G" % 1e-10)

# === hex / octal ===
print("%x" % 255, "%X" % 255, "%o" % 8, "%#x" % 255, "%#o" % 8, "%x" % -255, "%05x" % 42)

# === widths and flags ===
print("[%5d]" % 42, "[%-5d]" % 42, "[%05d]" % 42, "[%+d]" % 42, "[% d]" % 42, "[%5s]" % "ab", "[%-5s]" % "ab")
print("[%*d]" % (6, 7), "[%.3s]" % "abcdef", "[%c]" % 65, "[%c]" % "z")

# === literal percent ===
print("100%%" % (), "%d%%" % 50, "%s%%s" % "x")

# === dict-based ===
print("%(name)s has %(count)d items" % {"name": "box", "count": 3})

# === single value and tuple ===
print("%s" % (1,), "%s" % ((1, 2),))

# === errors ===
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
