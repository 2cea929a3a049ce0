# === default whitespace ===
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))

# === with chars ===
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "www.example.com".strip("cmow."))
print("000123".lstrip("0"), "1.500".rstrip("0"), "1.000".rstrip("0").rstrip("."))
print(repr("aaa".strip("a")), repr("".strip()), "abc".strip(""))

# === strip does not remove inner ===
print("--a-b--".strip("-"))

# === cleaning lines ===
raw = ["  alpha\n", "beta  ", "\tgamma\t", ""]
print([r.strip() for r in raw])
print([r.strip() for r in raw if r.strip()])

# === None argument ===
print(repr("  x  ".strip(None)))
