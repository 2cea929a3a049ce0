from itertools import *
import itertools

# === infinite and slicing ===
print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(islice(repeat(7), 2)), list(repeat(1, 0)), list(repeat(1, -2)))
print(list(zip(count(1), "abc")))

# === chaining ===
print(list(chain([1, 2], (3,), "ab")), list(chain()), list(chain([], [])))
it = chain([1], [2, 3])
print(next(it), next(it), list(it))

# === accumulate ===
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=10)))
print(list(accumulate([])), list(accumulate(["a", "b", "c"])), list(accumulate([2, 3, 4], lambda a, b: a * b)))

# === predicates ===
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(starmap(pow, [(2, 3), (3, 2)])))

# === zip_longest and pairwise ===
print(list(zip_longest("ab", [1, 2, 3])), list(zip_longest("abc", "x", fillvalue="-")), list(zip_longest()))
print(list(pairwise("abcd")), list(pairwise([1])))

# === groupby ===
for k, g in groupby("aaabbcaa"):
    print(k, list(g))
data = [("a", 1), ("a", 2), ("b", 3)]
print([(k, [v for _, v in g]) for k, g in groupby(data, key=lambda p: p[0])])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
