# === del a name ===
x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

# === del multiple names ===
a, b, c = 1, 2, 3
del a, c
print(b)
try:
    a
except NameError as e:
    print(type(e).__name__, e)

# === del list element ===
lst = [0, 1, 2, 3, 4]
del lst[1]
print(lst)
del lst[-1]
print(lst)

# === del slice ===
nums = list(range(10))
del nums[2:5]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums)

# === del dict key ===
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)

# === del out of range ===
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)

# === del undefined name ===
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)

# === rebinding after del ===
y = 1
del y
y = 2
print(y)

# === del nested ===
nested = {"k": [1, 2, 3]}
del nested["k"][0]
print(nested)
