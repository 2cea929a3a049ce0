n = 2024

# === integer presentation types ===
print(f"{n:d} {n:b} {n:o} {n:x} {n:X} {n:n}")
print(f"{65:c}", f"{0x1F600:c}", f"{-n:b}", f"{-n:x}")

# === ints as floats ===
print(f"{n:e}", f"{n:E}", f"{n:f}", f"{n:F}", f"{n:g}", f"{n:G}", f"{n:%}")
print(f"{n:.2e}", f"{n:.1f}", f"{10**20:g}", f"{10**20:e}")

# === widths with types ===
print(f"[{5:08b}]", f"[{255:>6x}]", f"[{255:<6X}]", f"[{8:^7o}]")

# === bool formats as int ===
print(f"{True:d}", f"{True}", f"{False:>5}", f"{True:x}")

# === invalid types ===
try:
    f"{n:s}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{1.5:d}"
except ValueError as e:
    print(type(e).__name__, e)
