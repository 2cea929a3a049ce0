# === comma grouping ===
print(f"{1234567:,}", f"{-1234567:,}", f"{999:,}", f"{1000:,}", f"{0:,}")
print(f"{1234567.891:,.2f}", f"{1234.5:,}", f"{10**20:,}")

# === underscore grouping ===
print(f"{1234567:_}", f"{1234567.5:_.1f}", f"{0xFFFFFFFF:_x}", f"{255:_b}", f"{0o777777:_o}")

# === grouping with width and zero pad ===
print(f"[{1234567:15,}]", f"[{1234567:<15,}]", f"[{1234567:015,}]", f"[{-1234:08,}]")

# === money table ===
amounts = [12.5, 1234.0, 987654.321, -42.0]
for a in amounts:
    print(f"${a:>14,.2f}")

# === grouping precision combos ===
print(f"{0.5:,.3f}", f"{-1e6:,.0f}", f"{123456789:,d}")
