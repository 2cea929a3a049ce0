# === manual fold using lambda ===
def fold(fn, items, init):
    acc = init
    for it in items:
        acc = fn(acc, it)
    return acc

print(fold(lambda a, b: a + b, [1, 2, 3, 4], 0))
print(fold(lambda a, b: a * b, [1, 2, 3, 4], 1))
print(fold(lambda a, b: b + a, "abc", ""))
print(fold(lambda acc, x: acc + [x * 2], [1, 2], []))

# === compose ===
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

# === pipeline of lambdas ===
steps = [lambda s: s.strip(), lambda s: s.lower(), lambda s: s.replace(" ", "_")]
val = "  Hello World  "
for st in steps:
    val = st(val)
print(val)

# === counting with lambda and dict ===
words = ["a", "bb", "a", "ccc", "bb", "a"]
freq = fold(lambda d, w: {**d, w: d.get(w, 0) + 1}, words, {})
print(freq)

# === lambda with any/all ===
is_pos = lambda xs: all(x > 0 for x in xs)
print(is_pos([1, 2]), is_pos([1, -2]), is_pos([]))

# === sorting with tuple key lambda and negation ===
data = [("b", 2), ("a", 2), ("c", 5)]
print(sorted(data, key=lambda t: (-t[1], t[0])))
