# === basic while ===
i = 0
while i < 5:
    print(i, end=" ")
    i += 1
print()
print("after loop i =", i)

# === while with break ===
n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("first n with n*n > 50:", n)

# === while with continue ===
i = 0
odds = []
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    odds.append(i)
print(odds)

# === while else (no break) ===
i = 0
while i < 3:
    i += 1
else:
    print("else ran, i =", i)

# === while else with break ===
i = 0
while i < 10:
    if i == 4:
        print("breaking at", i)
        break
    i += 1
else:
    print("this should not print")

# === while else when condition false at start ===
while False:
    print("never")
else:
    print("else on false condition")

# === collatz ===
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz_steps(k) for k in range(1, 12)])
assert collatz_steps(27) == 111, "collatz 27"

# === while consuming a list ===
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
print("empty:", stack)
