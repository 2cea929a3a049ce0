samples = ["123", "12.5", "abc", "ABC", "aBc", "abc123", "   ", "", "\t\n", "Hello World", "hello world", "½", "²", "٣", "x y"]

# === digit / alpha / alnum / space ===
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace())

# === upper / lower ===
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle())

# === numeric / decimal ===
for s in ["123", "½", "²", "٣", "1a"]:
    print(repr(s), s.isdecimal(), s.isnumeric())

# === identifiers ===
print("abc".isidentifier(), "_x1".isidentifier(), "1x".isidentifier(), "a-b".isidentifier())
