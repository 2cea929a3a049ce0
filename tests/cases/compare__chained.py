# === basic chains ===
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 0 <= x <= 4, 1 < 2 < 3 < 4 < 5)
print(1 == 1 == 1.0, 1 == 1 != 2, 3 > 2 > 1 > 0 > -1)
assert 0 < x < 10, "in range"

# === chain evaluates middle once ===
calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(3) < val(2) < val(1), calls)

# === mixed operators ===
a, b, c = 1, 2, 2
print(a < b == c, a < b != c, a is not None is not False)
print(1 < 3 in [3], "a" < "b" < "c", [1] < [1, 0] < [2])

# === chains in conditions ===
grades = []
for score in [95, 85, 75, 65, 55]:
    if 90 <= score <= 100:
        grades.append("A")
    elif 80 <= score < 90:
        grades.append("B")
    elif 70 <= score < 80:
        grades.append("C")
    else:
        grades.append("F")
print(grades)
