# === equality ===
print([1, 2] == [1, 2], [1, 2] == [2, 1], [] == [], [1] != [1.0], [[1]] == [[1]])

# === ordering ===
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [3] > [2, 9, 9], [] < [[]], [1, 2] <= [1, 2], [2] >= [1, 5])

# === nested ordering ===
print([[1, 2], [3]] < [[1, 2], [4]], [["a"]] > [[]])

# === max / min / sorted of lists ===
lists = [[3, 1], [2, 9], [3, 0], [2]]
print(max(lists), min(lists), sorted(lists))

# === equality with other types ===
print([1, 2] == (1, 2), [] == (), [] == None)

# === in with lists of lists ===
print([1] in [[1], [2]], [3] in [[1], [2]])
