for f in [lambda: b'ab'.hex('-', 1, 2), lambda: 'a b'.split(' ', 1, 2), lambda: b'a b'.split(b' ', 1, 2), lambda: b'ab'.decode('utf-8', 'strict', 1), lambda: 'a b c'.rsplit(None, 1), lambda: 'a b'.split(maxsplit=1, sep=' '), lambda: 'abc'.index('z'), lambda: b'abc'.rindex(b'z'), lambda: 'abcabc'.rfind('b')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
