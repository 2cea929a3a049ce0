from datetime import timedelta

# === construction and normalization ===
print(repr(timedelta(days=1, hours=2, microseconds=3)))
print(repr(timedelta(0)), repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)))
print(timedelta(days=-1, seconds=5), timedelta(days=3), timedelta(days=-2, hours=1))
print(timedelta(hours=1.5), timedelta(days=0.1), timedelta(seconds=1.5e-6), timedelta(seconds=2.5e-6))
print(timedelta(weeks=1, milliseconds=2), timedelta(minutes=-0.5), timedelta(microseconds=0.5))
print(timedelta(days=1, seconds=86399, microseconds=999999 + 1))
td = timedelta(days=2, hours=3, minutes=4, seconds=5, microseconds=6)
print(td.days, td.seconds, td.microseconds, td.total_seconds())
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta.max), str(timedelta.min))

# === arithmetic ===
td = timedelta(hours=5, minutes=3)
print(td + timedelta(minutes=57), td - timedelta(hours=6), -td, +td, abs(-td))
print(td * 2, 2 * td, td * 1.5, td * -0.25, td * 0, 0.1 * td)
print(td / 2, td / 3, td / 7, td / -7, td / 0.3, td / timedelta(minutes=1))
print(td // 7, td // timedelta(minutes=7), td % timedelta(minutes=7), divmod(td, timedelta(minutes=7)))
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(seconds=1) * 0.0000005, timedelta(seconds=1) * 0.0000015)

# === comparisons and hashing ===
a, b = timedelta(hours=1), timedelta(minutes=60)
print(a == b, a != b, a < timedelta(hours=2), a >= b, a > b, a <= b)
print(a == 3600, a != "x", hash(a) == hash(b), len({a, b, timedelta(0)}))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(sorted([timedelta(days=1), timedelta(seconds=-5), timedelta(0)]))
print(max(timedelta(hours=3), timedelta(days=-1)), min([timedelta(1), timedelta(seconds=1)]))

# === errors ===
for kwargs in [{"days": 1e9}, {"days": 999999999, "hours": 24}, {"weeks": -200000000}]:
    try:
        timedelta(**kwargs)
    except OverflowError as e:
        print(type(e).__name__, e)
for bad in ["1", None, [1]]:
    try:
        timedelta(days=bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    timedelta(hours="2")
except TypeError as e:
    print(type(e).__name__, e)
for op in [lambda: td / 0, lambda: td // 0, lambda: td / timedelta(0), lambda: td % timedelta(0), lambda: td / 0.0]:
    try:
        op()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    timedelta.max + timedelta(days=1)
except OverflowError as e:
    print(type(e).__name__, e)
