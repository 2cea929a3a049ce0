def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# === equality with every number type ===
print(1 + 2j == 1 + 2j, 1 + 2j != 1 + 2j, 1 + 2j == 1 - 2j, 1 + 0j == 1, 1 == 1 + 0j, 1 + 0j == 1.0, 1.0 == 1 + 0j)
print(1 + 0j == True, 0j == False, 1 + 1j == 1, 2 ** 53 + 1 + 0j == 2 ** 53 + 1, complex(2 ** 53) == 2 ** 53 + 1)
print(complex(2 ** 63) == 2 ** 63, 0j == -0j, complex(float("nan")) == complex(float("nan")), 1j == "1j", 1j != None)
print(1j in [1, 2, 1j], 1 in [1 + 0j], 2.0 in (2 + 0j, 3), 1j == [1j])
nanc = complex(float("nan"), 0)
print(nanc == nanc, nanc in [nanc], [nanc] == [nanc])

# === ordering is refused ===
show(lambda: 1j < 2j)
show(lambda: 1j <= 1)
show(lambda: 1 > 1j)
show(lambda: 1j >= 1.0)
show(lambda: sorted([2j, 1j]))
show(lambda: max(1j, 2j))
show(lambda: min([1, 1j]))

# === hashes equal those of equal ints and floats ===
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(-1 + 0j) == hash(-1), hash(0j) == hash(0))
print(hash(1j), hash(-1j), hash(1 + 1j), hash(2 - 3j), hash(complex(0.5, 0.25)), hash(complex(-1, 0)))
print(hash(complex(float("inf"), -1)), hash(complex(1e300, 1e-300)), hash(complex(2 ** 61, 2 ** 62)), hash(-2 + 0j))

# === as dict keys and set members ===
d = {1: "int", 2j: "imag"}
d[1 + 0j] = "complex one"
d[2.0 + 2j] = "two"
print(d, d[1.0], d[2 + 2j], 2j in d, 3j in d)
s = {1j, 1j, 2j}
print(len(s), 1j in s, (0 + 1j) in s, 1 + 0j in {1, 2}, len({0j, False, 0, 0.0}))
