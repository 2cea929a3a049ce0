# === count with overlapping ===
print("aaaa".count("a"), "abababa".count("aba"), "".count("a"))

# === chaining methods ===
raw = "  Hello, World!  "
print(raw.strip().lower().replace(",", "").split())

# === title case words ===
sentence = "the quick brown fox"
print(" ".join(w.capitalize() for w in sentence.split()))

# === character classification counts ===
text = "Hello World 123!"
print(sum(c.isupper() for c in text), sum(c.isdigit() for c in text), sum(c.isspace() for c in text))

# === in operator with methods ===
print("World" in raw, raw.strip().startswith("Hello"))

# === str() of values ===
print(str(42), str(-3.5), str(None), str(True), str([1, "a"]), str((1,)), str({"a": 1}))
print(repr(str()), str("already"))

# === translate-free char mapping ===
table = {"a": "4", "e": "3", "o": "0"}
print("".join(table.get(c, c) for c in "hello peace"))
