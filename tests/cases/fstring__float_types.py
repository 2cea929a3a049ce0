vals = [0.0, 1.0, 3.14159, -2.5, 1234567.891, 0.000123456, 1e20, 1e-10]

# === f / e / g ===
for v in vals:
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}")

# === uppercase and percent ===
for v in [0.5, 0.1234, 1.0, 1e-7]:
    print(f"{v:E}|{v:G}|{v:F}|{v:%}|{v:.1%}|{v:n}")

# === no type, with precision ===
for v in [3.14159, 1e16, 1e-5, 100.0, 2.5]:
    print(f"{v}|{v:.3}|{v:.1}|{v:10.4}|")

# === specials ===
inf = float("inf")
nan = float("nan")
print(f"{inf:f}", f"{-inf:e}", f"{nan:g}", f"{inf:F}", f"{nan:F}", f"{inf:>8}", f"{inf:+}")
