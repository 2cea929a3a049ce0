# === basic tuple unpacking ===
a, b = 1, 2
print(a, b)
(c, d) = (3, 4)
print(c, d)
[e, f] = [5, 6]
print(e, f)

# === unpack from other iterables ===
x, y, z = "abc"
print(x, y, z)
p, q = range(2)
print(p, q)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
m, n = [10, 20]
print(m, n)

# === unpack dict items ===
for key, val in {"a": 1, "b": 2}.items():
    print(key, val)

# === single element unpacking ===
w, = [42]
print(w)
(v,) = (7,)
print(v)

# === swap ===
a, b = b, a
print("swap", a, b)
assert (a, b) == (2, 1), "swap works"

# === rotate three ===
i, j, k = 1, 2, 3
i, j, k = j, k, i
print(i, j, k)

# === rhs evaluated fully before assignment ===
lst = [1, 2, 3]
idx = 0
idx, lst[idx] = 2, 99
print(idx, lst)

# === fibonacci-style update ===
fa, fb = 0, 1
for _ in range(10):
    fa, fb = fb, fa + fb
print(fa, fb)
