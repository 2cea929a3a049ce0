# === removeprefix / removesuffix ===
print("test_func".removeprefix("test_"), "func".removeprefix("test_"), "file.py".removesuffix(".py"), "file.py".removesuffix(".txt"))
print(repr("abc".removeprefix("abc")), repr("abc".removesuffix("")), "aaab".removeprefix("a"))

# === differs from strip ===
print("xxabcxx".removeprefix("x"), "xxabcxx".lstrip("x"))

# === expandtabs ===
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)), repr("\t".expandtabs(2)))
print(repr("12345\t6".expandtabs(3)), repr("x\ty\n\tz".expandtabs(2)), repr("no tabs".expandtabs()))

# === stripping file extensions ===
names = ["data.csv", "notes.txt", "image.png.bak", "README"]
print([n.removesuffix(".bak").rsplit(".", 1)[0] for n in names])

# === prefix removal loop ===
print([s.removeprefix("--") for s in ["--verbose", "-q", "--", "file"]])
