# === bool() ===
print(bool(0), bool(3), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(float("nan")))

# === str() ===
print(str(10), str(-1.5), str(True), str(None), str([1, "a"]), str({"a": (1,)}), str(b"x"), str(1e100), repr(str()))

# === repr() ===
print(repr(10), repr("a'b"), repr([1, "2"]), repr(None), repr(1.0), repr((1,)), repr({"x": None}), repr(b"\x01"))

# === int() ===
print(int(), int(3.9), int(-3.9), int("  12 "), int(True), int("0b11", 0), int("-0x1f", 16))

# === float() ===
print(float(), float(2), float("1e3"), float(" -2.5 "), float(True), float("nan") != float("nan"))

# === list() / tuple() / dict() / set() ===
print(list("ab"), tuple([1, 2]), dict([("a", 1)]), sorted(set("cab")), list(), tuple(), dict(), set())

# === conversion round trips ===
for v in [0, -17, 2 ** 70]:
    assert int(str(v)) == v, "int roundtrip"
for v in [0.1, -2.5e-10, 1e300]:
    assert float(str(v)) == v, "float roundtrip"
print("roundtrips ok")
