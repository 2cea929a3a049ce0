# === quote styles ===
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')

# === escapes ===
print("tab:\tend")
print("newline:\nsecond")
print("backslash: \\ done")
print("hex: \x41\x42 octal: \101\102 unicode: \u00e9 \u4e2d \U0001F600")
print(len("\n"), len("\\n"), len("\x00"), len("\u00e9"))

# === raw strings ===
print(r"raw \n stays", r"C:\path\to\file", len(r"\n"))

# === adjacent literal concatenation ===
msg = ("part one, "
       "part two, "
       'part three')
print(msg)

# === multi-line triple quoted ===
block = """line1
line2
    indented"""
print(block)
print(block.count("\n"))

# === escaped newline continuation ===
s = "abc\
def"
print(s)
