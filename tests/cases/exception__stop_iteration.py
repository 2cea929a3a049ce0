# === StopIteration from next() ===
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args, repr(e))

# === StopIteration with value ===
try:
    raise StopIteration("done")
except StopIteration as e:
    print(repr(e), e.args)

# === StopIteration is an Exception ===
print(issubclass(StopIteration, Exception))
try:
    next(iter(()))
except Exception as e:
    print("caught as Exception:", type(e).__name__)

# === manual iteration loop using StopIteration ===
it = iter("abc")
collected = []
while True:
    try:
        collected.append(next(it))
    except StopIteration:
        break
print(collected)

# === next default avoids StopIteration ===
it = iter([])
print(next(it, "no more"))

# === StopIteration from map and zip iterators ===
m = map(str, [1])
print(next(m))
try:
    next(m)
except StopIteration:
    print("map exhausted")
z = zip([1], [2])
print(next(z))
try:
    next(z)
except StopIteration:
    print("zip exhausted")
