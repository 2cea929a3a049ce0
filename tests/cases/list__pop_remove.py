# === pop ===
a = [10, 20, 30, 40, 50]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)

# === pop errors ===
try:
    a.pop(5)
except IndexError as e:
    print(type(e).__name__, e)
a.pop()
try:
    a.pop()
except IndexError as e:
    print(type(e).__name__, e)

# === remove first occurrence ===
b = [1, 2, 3, 2, 1]
b.remove(2)
print(b)
b.remove(1)
print(b)
try:
    b.remove(99)
except ValueError as e:
    print(type(e).__name__, e)

# === remove uses equality ===
c = [1.0, True, "x"]
c.remove(1)
print(c)

# === stack and queue patterns ===
stack = []
for i in range(4):
    stack.append(i)
print([stack.pop() for _ in range(len(stack))])
queue = list("abcd")
out = []
while queue:
    out.append(queue.pop(0))
print(out)
