# === mutable default is shared across calls ===
def collect(item, bucket=[]):
    bucket.append(item)
    return bucket

a = collect(1)
b = collect(2)
print(a, b, a is b)
c = collect(3, [])
print(c)
d = collect(4)
print(d)
assert d == [1, 2, 4], "shared default"

# === mutable dict default as cache ===
def counter(key, _counts={}):
    _counts[key] = _counts.get(key, 0) + 1
    return _counts[key]

print(counter("a"), counter("a"), counter("b"), counter("a"))

# === inspect default after mutation ===
print(collect.__defaults__)

# === memoized fib via default dict ===
def fib(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print(fib(50))
print(len(fib.__defaults__[0]))

# === immutable default safe ===
def inc(x, step=1):
    step += 1
    return x + step

print(inc(1), inc(1), inc.__defaults__)
