# === format() builtin ===
print(format(3.14159, ".2f"), format(42, "05d"), format(255, "x"), format("hi", ">5"), format(0.25, "%"))
print(repr(format(42)), repr(format("abc")), repr(format(1.5, "")), repr(format(None)))
print(format(1234567, ","), format(-0.5, "+.3f"), format(True), format(True, "d"))

# === format of containers uses str ===
print(format([1, 2]), format((1,)), format({"a": 1}))

# === format spec on non-numbers ===
try:
    format([1, 2], ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "abc")
except ValueError as e:
    print(type(e).__name__, e)

# === string precision truncates ===
print(format("abcdef", ".3"), format("abcdef", "8.2"), f"[{'xyz':.1}]")

# === int precision is an error ===
try:
    format(5, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
