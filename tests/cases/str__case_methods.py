words = ["hello world", "HELLO World", "ßtraße", "o'neil mc-donald", "123abc", "", "ǅ"]

# === upper / lower / casefold ===
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.casefold()))

# === title / capitalize / swapcase ===
for w in words:
    print(repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))

# === case-insensitive compare ===
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")

# === methods return new strings ===
s = "Mixed"
t = s.upper()
print(s, t)
