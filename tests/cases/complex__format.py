def show(z, spec):
    try:
        print(repr(spec), repr(format(z, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)


values = [1 + 2j, -0.0 - 0.0j, 1e6 + 1e6j, 0.5j, complex(-1e-7, 12345.678), complex(float("nan"), float("-inf")),
          complex(0, float("inf")), complex(3.25, -0.0)]
specs = ["", "+", "-", " ", "+.2f", " .2f", "#.0f", "#", "#g", ",", ",.2f", "_", "z.1f", ">20", "<18", "^20",
         "*^20", ".3", ".0", "10.3e", "n", ".3n", "z", "+z.0f", "E", "G", "_.3f", "#e", "#.3", "30.10g", "f", "e", "g"]
for z in values:
    print("---", repr(z))
    for spec in specs:
        show(z, spec)

# === specs complex refuses ===
for spec in ["0<10", "010", "0", "=10", "%", ".2%", "d", "s", "x", "c", ",n", "b"]:
    show(1 + 2j, spec)

# === f-strings, str.format and %-formatting ===
z = 3 - 4j
print(f"{z}|{z!r}|{z:.1f}|{z:>12}|{z:^12}|{-z:+.2e}|{1j:g}|{z!s:>10}")
print("{0} {0:.3f} {1:10}".format(z, 2j))
print("%s %r %10s %-10s|" % (z, z, 1j, -1j))
for bad in ["%f", "%d", "%x", "%X", "%o", "%e", "%g", "%i", "%u", "%c"]:
    try:
        print(bad % z)
    except Exception as e:
        print(bad, type(e).__name__, e)
