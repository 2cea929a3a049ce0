def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# === print(file=...) writes to an object with a write() method ===
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collect()
print('a', 'b', sep='-', end='!', file=c)
print(1, 2, file=c)
print(file=c)
print(c.parts)
print('x', flush=True)
print('y', file=None)
print('a', 'b', sep=None, end=None)
print('a', 'b', sep='')
print()
print(*[1, 2, 3], sep=', ')
t(lambda: print(1, sep=3))
t(lambda: print(1, end=b'x'))
t(lambda: print(1, color=3))
c2 = Collect()
print('a', 'b', sep='', end='', file=c2)
print(c2.parts)
