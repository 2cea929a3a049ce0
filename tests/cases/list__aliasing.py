# === aliasing in function calls ===
def add_item(lst, item):
    lst.append(item)
    return lst

a = [1]
b = add_item(a, 2)
print(a, b, a is b)

# === rebinding inside function does not affect caller ===
def rebind(lst):
    lst = [0]
    return lst
c = [5]
print(rebind(c), c)

# === slice assignment inside function does ===
def wipe(lst):
    lst[:] = []
wipe(c)
print(c)

# === list in tuple is mutable ===
t = ([1], 2)
t[0].append(9)
print(t)
try:
    t[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)

# === iteration over copy while mutating ===
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2:
        nums.remove(n)
print(nums)
