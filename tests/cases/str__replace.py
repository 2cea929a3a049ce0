# === basic ===
print("hello world".replace("o", "0"), "aaa".replace("a", "b"), "abc".replace("x", "y"))

# === count argument ===
print("a-a-a-a".replace("-", "+", 2), "a-a-a".replace("-", "+", 0), "a-a-a".replace("-", "+", -1))

# === replacing with empty / longer ===
print("banana".replace("an", ""), "ab".replace("b", "bbb"), "spaces  here".replace(" ", ""))

# === empty old string ===
print("abc".replace("", "-"), "".replace("", "x"), "abc".replace("", "-", 2))

# === chained replace ===
text = "The cat sat on the mat"
print(text.replace("cat", "dog").replace("mat", "rug"))

# === overlapping ===
print("aaaa".replace("aa", "b"), "ababab".replace("aba", "X"))
