# === repr picks quotes ===
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "", "'", '"']:
    print(repr(s))

# === escapes in repr ===
for s in ["tab\there", "nl\nx", "cr\rx", "back\\slash", "\x00\x01\x7f", "bell\a", "\x1b[0m"]:
    print(repr(s))

# === unicode in repr ===
for s in ["café", "日本", "😀", "\u200b", "\xa0", "\u0085", "é\n"]:
    print(repr(s), len(s))

# === str vs repr ===
s = "line\n'quoted'"
print(str(s))
print(repr(s))
print([s], (s,), {s: s})

# === ascii ===
print(ascii("café"), ascii("日本"), ascii("plain"), ascii("😀"))
