# bench: N=40
# Arithmetic loops over ints: modular sums, bit mixing, while loops.
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


acc = 0
for i in range(1, N * 1000):
    acc = (acc * 31 + i * i) % 1000003
    acc ^= i << 3
best = 0
for i in range(1, N * 100):
    s = collatz_steps(i)
    if s > best:
        best = s
print(acc, best)
