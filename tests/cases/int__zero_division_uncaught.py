# === some computation before the error ===
total = 0
for i in range(1, 6):
    total += 100 // i
print(total)

# === handled case ===
try:
    total % 0
except ZeroDivisionError as e:
    print("handled:", e)

# === average of empty list ===
values = []
print(len(values))
avg = sum(values) // len(values)
print(avg)
