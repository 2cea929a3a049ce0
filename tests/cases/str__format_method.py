# === positional auto numbering ===
print("{} + {} = {}".format(1, 2, 3), "{}{}".format("a", "b"))

# === explicit indices ===
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format("a", "b"))

# === keywords ===
print("{name} is {age}".format(name="bob", age=25), "{0} and {who}".format("me", who="you"))

# === attribute-free item access ===
data = {"k": "v", "n": [10, 20]}
print("{d[k]} {d[n]}".format(d=data), "{0[1]}".format(["a", "b"]))

# === format specs ===
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x} {:b} {:o} {:e}".format(3.14159, 1234567, 255, 5, 8, 12345.678))
print("{0:*^11}".format("mid"), "{:+d} {:+d}".format(5, -5), "{:.2%}".format(0.1234))

# === conversions ===
print("{!r} {!s} {!a}".format("hi", "hi", "é"))

# === braces ===
print("{{literal}} {}".format(1), "{{}}".format())

# === errors ===
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
