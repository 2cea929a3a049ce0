# === caught division errors ===
for a, b in [(1, 0), (1.0, 0), (5, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("caught:", e)

# === averages ===
def average(values):
    return sum(values) / len(values)

print(average([1, 2, 3]))
print(average([10]))

# === uncaught ZeroDivisionError from empty list ===
print(average([]))
