a = {1, 2}
b = {1, 2, 3}
c = {4}

# === methods ===
print(a.issubset(b), b.issubset(a), a.issuperset(b), b.issuperset(a), a.isdisjoint(c), a.isdisjoint(b))
print(a.issubset([1, 2, 5]), b.issuperset(range(2)), set().issubset(a), a.isdisjoint("ab"))

# === operators ===
print(a <= b, a < b, b >= a, b > a, a <= a, a < a, a >= a, a > a)
print(a == {2, 1}, a != b, c < b, c <= b)

# === not total ordering ===
x = {1, 2}
y = {2, 3}
print(x < y, x > y, x == y, x <= y)
print(sorted([{3}, {1, 2}, {1}], key=len))

# === ordering with non-sets ===
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
