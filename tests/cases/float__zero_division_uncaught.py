# === ratios that work ===
pairs = [(1.0, 2.0), (3.0, 4.0), (-5.0, 8.0)]
for a, b in pairs:
    print(a / b, a // b, a % b)

# === handled division ===
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("handled:", e)

# === ratio with a zero denominator ===
pairs.append((5.0, 0.0))
for a, b in pairs:
    print(a / b)
