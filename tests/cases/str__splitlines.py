# === basic ===
text = "line1\nline2\r\nline3\rline4"
print(text.splitlines())
print(text.splitlines(True))

# === trailing newline ===
print("a\nb\n".splitlines(), "a\nb\n".split("\n"), "".splitlines(), "\n".splitlines())
print("\n\nx\n\n".splitlines())

# === keepends keyword ===
print("one\ntwo\n".splitlines(keepends=True))

# === other line boundaries ===
print("a\x0bb\x0cc\x1cd".splitlines())

# === process lines ===
doc = """# comment
name = monty

version = 1
"""
for ln in doc.splitlines():
    if ln and not ln.startswith("#"):
        print(ln.split(" = "))
