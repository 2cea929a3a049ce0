# === equality ===
print("abc" == "abc", "abc" == "ABC", "abc" != "abd", "" == "")

# === ordering by code point ===
print("a" < "b", "A" < "a", "Z" < "a", "apple" < "apricot", "10" < "2", "é" > "z")
print(min("hello"), max("hello"), min(["b", "A", "a"]), max(["b", "A", "a"]))

# === sorting ===
words = ["delta", "Alpha", "charlie", "Bravo", "echo"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))

# === prefix ordering ===
print("abc" < "abcd", "abcd" > "abc", "ab" <= "ab")
