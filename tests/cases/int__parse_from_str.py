# === plain parsing ===
print(int("42"), int("-17"), int("+8"), int("  99  "), int("0"))
print(int("000123"), int("-0"))

# === underscores ===
print(int("1_000_000"), int("1_2_3"))

# === big ===
print(int("123456789012345678901234567890"))
print(int("-99999999999999999999"))

# === invalid literals ===
for s in ["", "abc", "1.5", "1__0", "_1", "1_", "12a", " ", "--1"]:
    try:
        int(s)
        print("parsed", repr(s))
    except ValueError as e:
        print(type(e).__name__, e)

# === whitespace forms ===
print(int("\t7\n"), int(" -3 "))
