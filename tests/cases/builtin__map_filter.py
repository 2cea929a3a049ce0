# === map ===
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(abs, [-1, 2, -3])))
print(list(map(lambda x: x * 2, range(4))), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
print(list(map(int, "1 2 3".split())), list(map(str.upper, ["ab", "cd"])))

# === filter ===
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, ["1", "a", "22", ""])), list(filter(lambda s: len(s) > 1, ("a", "bb", "ccc"))))

# === chained ===
print(sum(map(int, filter(str.isdigit, "a1b2c3"))))

# === lazy iterators ===
m = map(lambda x: x + 1, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(None, [0, 5, 0, 6])
print(next(f), list(f))

# === errors ===
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
