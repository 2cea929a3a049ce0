# === loop variable does not leak ===
x = "outer"
result = [x for x in range(3)]
print(result, x)

# === undefined after comprehension ===
[leak_test for leak_test in range(3)]
try:
    print(leak_test)
except NameError as e:
    print(type(e).__name__, e)

# === dict/set comp variables don't leak ===
k = "k-outer"
_ = {k: 1 for k in "ab"}
_ = {k for k in "cd"}
print(k)

# === comprehension reads enclosing variables ===
factor = 3
print([i * factor for i in range(4)])

# === comprehension inside function reads locals ===
def scaled(items, mult):
    offset = 1
    return [i * mult + offset for i in items]

print(scaled([1, 2], 10))

# === first iterable evaluated in enclosing scope ===
def first_iter():
    print("first iterable evaluated")
    return range(2)

print([(a, b) for a in first_iter() for b in range(2)])

# === nested comprehension variables independent ===
i = "unchanged"
print([[i for i in range(2)] for _ in range(2)], i)

# === walrus binds in enclosing scope ===
total = 0
partials = [total := total + v for v in [1, 2, 3]]
print(partials, total)

# === comprehension in function sees its closure ===
def outer():
    base = 100
    return [base + j for j in range(3)]

print(outer())
