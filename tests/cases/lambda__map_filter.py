# === map with lambda ===
print(list(map(lambda x: x * x, range(6))))
print(list(map(lambda s: s.upper(), ["a", "b"])))

# === map with two iterables ===
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))

# === filter with lambda ===
print(list(filter(lambda x: x % 2 == 0, range(10))))
print(list(filter(lambda s: s.startswith("a"), ["apple", "banana", "avocado"])))

# === filter None keeps truthy ===
print(list(filter(None, [0, 1, "", "x", None, [], [2]])))

# === chained map and filter ===
result = list(map(lambda x: x * 10, filter(lambda x: x > 2, [1, 2, 3, 4])))
print(result)

# === map is lazy ===
def noisy(x):
    print("processing", x)
    return x

m = map(noisy, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))

# === map over dict items ===
d = {"a": 1, "b": 2}
print(list(map(lambda kv: f"{kv[0]}={kv[1]}", d.items())))

# === sum of mapped ===
print(sum(map(lambda x: x ** 2, [1, 2, 3])))
