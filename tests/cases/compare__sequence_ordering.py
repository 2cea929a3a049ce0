# === strings lexicographic ===
print("apple" < "banana", "apple" < "apples", "Zebra" < "apple", "abc" < "abd", "" < "a")
print("a" > "B", "10" < "9", "abc" == "abc", "abc" <= "abc")
print(sorted(["pear", "Apple", "banana", "apple", "Banana"]))

# === lists lexicographic ===
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([1, [2, 3]] < [1, [2, 4]], [1, 2] == [1, 2], [1, 2] != [2, 1])

# === tuples ===
print((1, 2) < (1, 3), (1, "b") > (1, "a"), (0,) < (0, 0), () < (1,))
print(max([(2, "b"), (2, "a"), (1, "z")]), min((3, 1), (2, 9), (3, 0)))

# === mixed types in first differing element decides ===
print((1, "x") < (2, 5), [1, "a"] < [1, "b"])

# === comparison of equal prefixes ===
words = ["ab", "abc", "a", "abcd", "b"]
print(sorted(words), sorted(words, reverse=True))
