# === walrus in if ===
data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
print("n after:", n)

# === walrus in while ===
items = ["a", "b", "c"]
while (item := items.pop() if items else None) is not None:
    print("got", item)

# === walrus in while with counter ===
count = 0
while (count := count + 1) < 4:
    print("count", count)
print("final count", count)

# === walrus in comprehension binds outer scope ===
values = [1, 5, 2, 8, 3]
big = [y for x in values if (y := x * 2) > 5]
print(big)
print("y leaked:", y)

# === walrus to reuse expensive result ===
def compute(v):
    print("compute", v)
    return v * v

results = [r for v in range(4) if (r := compute(v)) % 2 == 0]
print(results)

# === walrus in any() captures witness ===
nums = [3, 7, 10, 15]
if any((hit := v) % 5 == 0 for v in nums):
    print("first multiple of 5:", hit)

# === walrus in expression statement context ===
print((z := 42), z)

# === walrus with parse loop ===
lines = ["key1=val1", "", "key2=val2"]
parsed = {}
for line in lines:
    if (eq := line.find("=")) != -1:
        parsed[line[:eq]] = line[eq + 1:]
print(parsed)
