# === slice objects ===
s = slice(1, 5)
print(s, repr(slice(3)), slice(None, None, -1), slice(1, 10, 2))
print(s.start, s.stop, s.step, slice(4).start, slice(4).stop)

# === using slice objects ===
data = list(range(10))
print(data[s], data[slice(None, None, 2)], data[slice(-3, None)], "hello"[slice(1, -1)])

# === indices() ===
print(slice(1, 5).indices(10), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(0, 100, 3).indices(10), slice(-100, 100).indices(4), slice(None, None, 2).indices(0))
print(slice(5, 1, -2).indices(3), slice(None, -1, -1).indices(4))

# === indices gives range arguments ===
sl = slice(2, None, 3)
print(list(range(*sl.indices(12))), data[sl])

# === equality ===
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, 1), slice(None) == slice(None, None, None))

# === zero step ===
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
