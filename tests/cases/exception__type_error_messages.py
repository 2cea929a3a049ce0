# === unsupported operand types ===
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: 1 - "x",
    lambda: "a" * "b",
    lambda: {} + {},
    lambda: None + 1,
    lambda: 5 / "2",
    lambda: [1] - [1],
    lambda: 2 ** "x",
    lambda: "x" < 1,
    lambda: [1] < "a",
    lambda: -"s",
    lambda: ~1.5,
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)

# === not subscriptable / iterable / callable ===
five = 5
none = None
text = "abc"
nums = [1, 2]
st = {1, 2}
try:
    five[0]
except TypeError as e:
    print(e)
try:
    none[0]
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)
try:
    text()
except TypeError as e:
    print(e)
try:
    x = 5
    x()
except TypeError as e:
    print(e)

# === len / hash / item assignment ===
try:
    len(5)
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    s = "abc"
    s[0] = "z"
except TypeError as e:
    print(e)
try:
    st[0]
except TypeError as e:
    print(e)
try:
    text["x"]
except TypeError as e:
    print(e)
try:
    nums["0"]
except TypeError as e:
    print(e)
