def show(*args, **kwargs):
    try:
        print(repr(complex(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


# === numbers ===
show()
show(2)
show(2.5)
show(True)
show(1, 2)
show(1.5, -2.5)
show(1, -0.0)
show(-0.0, 0.0)
show(0.0, -0.0)
show(1j, 2)
show(1j, 2j)
show(1 + 2j, 3 + 4j)
show(1j, -0.0)
show(real=1)
show(imag=2)
show(imag=-0.0)
show(imag=1j)
show(real=1, imag=2)
show(real="1+2j")
show(2 ** 1000)
show(2 ** 2000)
show(1, 2 ** 2000)
z = 5 - 1j
print(complex(z) is z, complex(z, 0) == z)

# === strings ===
for s in ["1+2j", "1-2j", " ( 1+2j ) ", "(1+2j)", "j", "+j", "-J", "1+j", "1-j", "1e5j", "1.5e3-2.5e-3J",
          "infj", "-infinityj", "nan+nanj", "-inf-infj", "InFiNiTy", "  3  ", "\t1-1j\n", ".5j", "5.j",
          "1e400", "1e-400j", "+1-2j", "1_0j", "1.5_5j", "1e1_0j", "１２j", "١٢٣", "-0", "-0j", "(-0-0j)",
          "1\u30002"]:
    show(s)

# === malformed strings ===
for s in ["", " ", "()", "(1+2j", "1+2j)", "1e", "1e+j", "1 + 2j", "1+2jj", "1-+2j", ".j", "e5j", "0x1j",
          "1+2i", "j1", "(j", "1+2j\x00", "1\x1c", "infi", "nanj1", "1j+1", "--1", "1..5"]:
    show(s)

# === underscores ===
for s in ["1_+2j", "1__0j", "_1j", "1_j", "1j_", "1._5j"]:
    show(s)

# === wrong types ===
show([])
show(None)
show(b"1")
show("1", 2)
show(1, "2")
show(1, [])
show({}, 1)
show(1, 2, 3)
show(1, real=2)
show(1, 2, imag=3)
show(x=1)


# === objects that convert ===
class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 1.5


show(C())
show(F())
show(I())
show(F(), I())
show(C(), 1)
show(1, C())
show(BadComplex())
