def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# === str.maketrans ===
print(str.maketrans('ab', 'xy'))
print(str.maketrans('ab', 'xy', 'c'))
print(str.maketrans({'a': 'b', 98: None, 'c': 100}))
print(''.maketrans('', ''))
t(lambda: str.maketrans('ab', 'x'))
t(lambda: str.maketrans({'ab': 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans('a'))
t(lambda: str.maketrans(1, 'a'))
t(lambda: str.maketrans())

# === str.translate ===
print('abcabc'.translate(str.maketrans('ab', 'xy', 'c')))
print('hello'.translate({ord('l'): 'L!', ord('o'): None}))
print('hello'.translate({104: 72}))
print('héllo wörld'.translate(str.maketrans('éö', 'eo')))
print('abc'.translate({}))
print('abc'.translate([None, None]))
class Upper:
    def __getitem__(self, code):
        if code == ord('b'):
            raise LookupError
        return chr(code).upper()
print('abc'.translate(Upper()))
t(lambda: 'abc'.translate({97: 1.5}))
t(lambda: 'abc'.translate({97: 0x110000}))
t(lambda: 'abc'.translate())
t(lambda: 'abc'.translate(5))
