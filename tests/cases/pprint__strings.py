# === long strings are split at whitespace ===
import pprint

long = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(long)
pprint.pprint([long, 'short'], width=50)
pprint.pprint({'key': long + '\nsecond line\n'}, width=60)
pprint.pprint(('nospaces' * 20,))
pprint.pprint('lines\n' * 5, width=20)
pprint.pprint(["it's \"quoted\" " * 6])
print(pprint.pformat('', width=1), pprint.pformat('abc', width=1))

# === bytes are split in groups of four ===
pprint.pprint(bytes(range(40)))
pprint.pprint([b'abcdefghij' * 5], width=30)
pprint.pprint(b'abc', width=1)
