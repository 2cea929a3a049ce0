# === basic join ===
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join(("1", "2")), repr("|".join([])))
print("-".join("abc"), ", ".join(sorted({"b", "a", "c"})))

# === joining generator and map ===
print(" ".join(str(i) for i in range(5)), "+".join(map(str, [1, 2, 3])))

# === join dict keys ===
d = {"x": 1, "y": 2}
print("&".join(d), "&".join(f"{k}={v}" for k, v in d.items()))

# === single element ===
print("sep".join(["only"]))

# === TypeError for non-str ===
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)

# === newline join ===
lines = ["first", "second", "third"]
print("\n".join(lines))
