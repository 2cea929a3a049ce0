# === basic ternary ===
x = 10
label = "big" if x > 5 else "small"
print(label)
print("even" if x % 2 == 0 else "odd")

# === nested ternary ===
def sign(n):
    return "pos" if n > 0 else "neg" if n < 0 else "zero"

print(sign(3), sign(-3), sign(0))

# === ternary only evaluates one branch ===
def loud(v):
    print("evaluating", v)
    return v

r = loud("A") if True else loud("B")
print(r)
r = loud("A") if False else loud("B")
print(r)

# === ternary in comprehensions ===
print(["fizz" if i % 3 == 0 else i for i in range(1, 7)])

# === ternary as function argument ===
print(max(1, 2) if x else min(1, 2))
print(len("abc" if x else "abcdef"))

# === ternary with truthiness ===
for v in [0, 1, "", "s", [], [0], None]:
    print(repr(v), "->", "truthy" if v else "falsy")

# === ternary in f-string ===
items = 1
print(f"{items} item{'s' if items != 1 else ''}")
items = 3
print(f"{items} item{'s' if items != 1 else ''}")

# === ternary with lambda ===
pick = (lambda a, b: a) if x > 0 else (lambda a, b: b)
print(pick("first", "second"))
