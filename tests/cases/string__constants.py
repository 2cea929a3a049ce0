import string

# === constants ===
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable))

# === capwords ===
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"), string.capwords(""))

# === typical uses ===
s = "Hello, World! 123"
print(sum(c in string.punctuation for c in s), "".join(c for c in s if c in string.ascii_letters))
print(all(c in string.hexdigits for c in "deadBEEF"), [c for c in "a1b2" if c in string.digits])
