# === len ===
print(len(""), len("a"), len("hello"), len("héllo"), len("日本語"), len("a\tb\nc"))

# === iteration ===
for ch in "abc":
    print(ch, ord(ch))
print(list("hello"), tuple("hi"), sorted("banana"))

# === enumerate ===
for i, ch in enumerate("xyz"):
    print(i, ch)

# === counting characters manually ===
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)

# === comprehension over str ===
print([c.upper() for c in "abc"], "".join(c for c in "a1b2c3" if c.isdigit()))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels)

# === reversed ===
print("".join(reversed("stressed")))
