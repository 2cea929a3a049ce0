# === basic if/else ===
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in [-5, 0, 3, 10, 1000]:
    print(v, classify(v))
assert classify(0) == "zero", "zero branch"

# === if without else ===
count = 0
for i in range(10):
    if i % 3 == 0:
        count += 1
print("multiples of 3:", count)

# === nested if ===
def grade(score, bonus):
    if score >= 50:
        if bonus:
            return "pass+"
        return "pass"
    else:
        if bonus:
            return "retry+"
    return "fail"

print(grade(60, True), grade(60, False), grade(10, True), grade(10, False))

# === conditions with and/or/not ===
x, y = 5, 0
if x and not y:
    print("x truthy, y falsy")
if x > 3 or y > 3:
    print("one is > 3")
if not (x < 3 and y < 3):
    print("not both < 3")

# === chained comparisons in conditions ===
age = 25
if 18 <= age < 65:
    print("working age")
if 1 < 2 < 3 > 2:
    print("chained true")

# === only first matching branch runs ===
n = 5
if n > 1:
    print("first")
elif n > 2:
    print("second")
else:
    print("third")
