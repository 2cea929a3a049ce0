# === sign options ===
for v in [5, -5, 0]:
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+.1f}] [{v: .2f}]")

# === negative zero ===
print(f"{-0.0:+}", f"{-0.0:.1f}", f"{0.0:+.1f}")

# === alternate form ===
print(f"{255:#x}", f"{255:#X}", f"{8:#o}", f"{5:#b}", f"{0:#x}", f"{-255:#x}")
print(f"{3.0:#g}", f"{3.0:g}", f"{3:#.0f}", f"{3:.0f}")

# === sign with width and fill ===
print(f"[{7:+6}]", f"[{7:*>+6}]", f"[{-7:*<6}]", f"[{7: 6}]")

# === sign with grouping and percent ===
print(f"{1234:+,}", f"{0.25:+.0%}", f"{-0.25: .1%}")
