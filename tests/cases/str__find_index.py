s = "hello world, hello python"

# === find / rfind ===
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.rfind("xyz"), s.find(""))
print(s.find("o", 5), s.find("o", 5, 7), s.rfind("o", 0, 10), s.find("l", -5))

# === index / rindex ===
print(s.index("world"), s.rindex("o"), s.index("h", 1))
try:
    s.index("java")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("java")
except ValueError as e:
    print(type(e).__name__, e)

# === count ===
print(s.count("l"), s.count("hello"), s.count("z"), s.count(""), "aaaa".count("aa"))
print(s.count("o", 10), s.count("l", 0, 5))

# === find all occurrences ===
positions = []
i = s.find("o")
while i != -1:
    positions.append(i)
    i = s.find("o", i + 1)
print(positions)
