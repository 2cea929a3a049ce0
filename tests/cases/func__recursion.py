# === factorial ===
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print([fact(i) for i in range(8)])
print(fact(30))
assert fact(5) == 120, "fact 5"

# === fibonacci ===
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])

# === mutual recursion ===
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))

# === recursion depth ~500 ===
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))

# === recursive sum of nested lists ===
def deep_sum(x):
    if isinstance(x, list):
        return sum(deep_sum(i) for i in x)
    return x

print(deep_sum([1, [2, [3, [4, [5]]]], 6]))

# === recursive flatten ===
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

print(flatten([1, (2, 3), [[4], [5, [6]]]]))

# === permutations ===
def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out

print(perms("abc"))

# === power set ===
def subsets(lst):
    if not lst:
        return [[]]
    rest = subsets(lst[1:])
    return rest + [[lst[0]] + r for r in rest]

print(subsets([1, 2, 3]))

# === hanoi ===
moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append((a, c))
        hanoi(n - 1, b, a, c)

hanoi(3, "A", "B", "C")
print(len(moves), moves[:3])
