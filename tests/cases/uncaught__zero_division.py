# === averages ===
def average(values):
    return sum(values) / len(values)

print(average([1, 2, 3]))
print(average([10]))

# === uncaught ZeroDivisionError from empty list ===
print(average([]))
