def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# === methods that take no arguments name their type in the error ===
t(lambda: 'a'.upper(1))
t(lambda: [].copy(1))
t(lambda: {}.keys(1))
t(lambda: (1).bit_length(2))
t(lambda: (1.5).is_integer(1))
t(lambda: {1}.copy(1))
t(lambda: b'a'.lower(1))
t(lambda: [].reverse(1))
t(lambda: {}.popitem(1))
t(lambda: 'a'.isdigit(1))
