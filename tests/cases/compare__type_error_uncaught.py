# === comparisons that work ===
data = [4, 8, 15]
print(max(data), sorted(data, reverse=True))
print(1 < 2.5, "a" < "b", [1] < [2], (1, "a") < (1, "b"))

# === equality across types never raises ===
print(1 == "1", None == 0, [] == ())

# === handled ordering error ===
try:
    None < 1
except TypeError as e:
    print("handled:", e)

# === max over mixed values fails ===
data.append("16")
print(len(data))
print(max(data))
