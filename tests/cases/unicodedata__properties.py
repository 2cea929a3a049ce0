import unicodedata as ud

# === category, bidirectional, east_asian_width, combining, mirrored ===
chars = "aZ5 \t\n-_([{}])+<>\u00e9\u00bd\u00b2\u0301\u0327\u05d0\u0627\u0661\u4e00\uac00\uff21\uff71\u20ac\u2192\u00a0\u200b\u2028\U0001f600\u0394\u03c9\u0416\u0e01\u00ad\ue000"
for c in chars:
    print(ascii(c), ud.category(c), ud.bidirectional(c), ud.east_asian_width(c), ud.combining(c), ud.mirrored(c))

# === names ===
for c in "aA \u00e9\u20ac\u4e00\uac00\U0001f600\u0301\u2603":
    print(ascii(c), ud.name(c))
print(ud.name("\x00", "none"), ud.name("\ue000", None))
for n in ["LATIN SMALL LETTER A", "EURO SIGN", "snowman", "HANGUL SYLLABLE GA", "CJK UNIFIED IDEOGRAPH-4E00", "GRINNING FACE"]:
    print(n, ascii(ud.lookup(n)))

# === numeric values ===
for c in "0795\u0661\u0969\uff19\U0001d7d9\U0001d7ff":
    print(ascii(c), ud.decimal(c), ud.digit(c), ud.numeric(c))
for c in "\u00b2\u00b9\u2460\u2468":
    print(ascii(c), ud.digit(c), ud.numeric(c), ud.decimal(c, -1))
for c in "\u00bd\u00bc\u00be\u2155\u215e\u2153":
    print(ascii(c), ud.numeric(c), ud.digit(c, None))
print(ud.decimal("a", "d"), ud.numeric("x", 0))

# === normalization ===
s = "e\u0301 \u00e9 \ufb01 \u2460 \u1e9b\u0323 A\u030a \u212b \uac00 \u1100\u1161"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, n), ud.is_normalized(form, s))
print(ud.normalize("NFC", ""), ud.is_normalized("NFKD", "abc"))

# === errors ===
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: ud.category("ab"))
check(lambda: ud.category(1))
check(lambda: ud.bidirectional(""))
check(lambda: ud.name("ab"))
check(lambda: ud.name("\x00"))
check(lambda: ud.lookup("NO SUCH CHARACTER NAME"))
check(lambda: ud.decimal("a"))
check(lambda: ud.digit("\u00bd"))
check(lambda: ud.numeric("a"))
check(lambda: ud.decimal(5))
check(lambda: ud.normalize("NFX", "a"))
check(lambda: ud.is_normalized("nfc", "a"))
check(lambda: ud.normalize("NFC", 5))
