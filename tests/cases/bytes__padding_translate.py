def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# === center / ljust / rjust ===
t(lambda: (b'ab'.ljust(5), b'ab'.rjust(5, b'x'), b'ab'.center(5), b'ab'.center(6), b'abc'.center(6, b'.'), b'abc'.center(7, b'.')))
t(lambda: (b'abc'.center(2), b'abc'.ljust(-3), b''.center(3, b'*'), b'x'.rjust(4, bytearray(b'0'))))
t(lambda: b'ab'.ljust('a'))
t(lambda: b'ab'.ljust())
t(lambda: b'ab'.ljust(5, b'x', 1))
t(lambda: b'ab'.center(9, '*'))
t(lambda: b'ab'.rjust(9, b'**'))
t(lambda: b'ab'.ljust(4, fillchar=b'x'))
# === zfill ===
t(lambda: (b'ab'.zfill(5), b'-ab'.zfill(5), b'+1'.zfill(4), b'12'.zfill(1), b''.zfill(3), b'-'.zfill(3)))
t(lambda: b'ab'.zfill('x'))
t(lambda: b'ab'.zfill())
# === expandtabs ===
t(lambda: (b'a\tb\n\tc'.expandtabs(), b'a\tb'.expandtabs(tabsize=3), b'a\tb'.expandtabs(-1), b'a\r\tb'.expandtabs(4), b'\t'.expandtabs(0)))
t(lambda: b'a\tb'.expandtabs('x'))
t(lambda: b'a\tb'.expandtabs(1, 2))
# === istitle and the case methods ===
t(lambda: (b'Hello World'.istitle(), b'hello'.istitle(), b''.istitle(), b'A1b'.istitle(), b'A1B'.istitle(), b'Ab Cd'.istitle(), b'AB'.istitle()))
t(lambda: (b'hello wORLD 1a'.title(), b'hELLO'.capitalize(), b'aBc'.swapcase(), b'\xe9a'.upper()))
# === translate / maketrans ===
table = bytes.maketrans(b'ab', b'xy')
t(lambda: (len(table), table[97:100], b'abc'.translate(table), b'abc'.translate(None, b'b'), b'abc'.translate(None, delete=b'a'), b'abc'.translate(table, b'c')))
t(lambda: bytes.maketrans(b'ab', b'x'))
t(lambda: bytes.maketrans('a', 'b'))
t(lambda: b'abc'.translate(b'x'))
t(lambda: b'abc'.translate('x' * 256))
t(lambda: b'abc'.translate())
t(lambda: b'abc'.maketrans(b'a', b'b')[97])
