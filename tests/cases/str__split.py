# === whitespace split ===
print("a b  c\t\nd".split(), "   leading and trailing   ".split(), "".split(), "   ".split())

# === separator split ===
print("a,b,,c".split(","), ",a,".split(","), "".split(","), "abc".split(","))
print("a--b--c".split("--"), "aaa".split("a"))

# === maxsplit ===
print("a b c d".split(None, 2), "a,b,c,d".split(",", 1), "a,b,c".split(",", 0), "a,b".split(",", -1))
print("  a  b  c  ".split(maxsplit=1))

# === rsplit ===
print("a,b,c,d".rsplit(",", 1), "a b c d".rsplit(None, 2), "  a  b  c  ".rsplit(maxsplit=1))
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1)[1])

# === empty separator ===
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)

# === parsing ===
line = "name=ann; age=30; city=paris"
fields = dict(part.split("=") for part in line.split("; "))
print(fields)
