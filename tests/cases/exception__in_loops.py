# === collect errors while processing ===
inputs = ["10", "0", "abc", "5", None, "-2"]
results = []
errors = []
for raw in inputs:
    try:
        n = int(raw)
        results.append(100 // n)
    except ZeroDivisionError:
        errors.append((raw, "zero"))
    except ValueError as e:
        errors.append((raw, "value: " + str(e)))
    except TypeError as e:
        errors.append((raw, "type: " + str(e)))
print(results)
for err in errors:
    print(err)

# === break out of loop from except ===
for i, v in enumerate([1, 2, "x", 4]):
    try:
        v + 1
    except TypeError:
        print("stopping at index", i)
        break
else:
    print("no break")

# === continue from except ===
total = 0
for v in [1, "two", 3, [4], 5]:
    try:
        total += v
    except TypeError:
        continue
print("total", total)

# === while loop with exception-driven termination ===
stack = [1, 2, 3]
popped = []
while True:
    try:
        popped.append(stack.pop())
    except IndexError as e:
        print("done:", e)
        break
print(popped)

# === try around entire loop stops at first error ===
processed = []
try:
    for key in ["a", "b", "z", "c"]:
        processed.append({"a": 1, "b": 2, "c": 3}[key])
except KeyError as e:
    print("missing key", e, "after", processed)
