# === reading ===
import io

s = io.StringIO('line1\nline2\nline3')
print(s.read(3), s.tell(), repr(s.readline()), s.readlines())
print(repr(s.read()), repr(s.readline()), s.tell())
s.seek(0)
print([l for l in s], s.seek(0), s.readlines(7), s.readline(2), s.read(None))
s = io.StringIO('a\nb\n')
print(s.readline(1), repr(s.readline()), repr(s.readline()), repr(s.readline()))

# === writing, overwriting, padding, truncating ===
s = io.StringIO('hello')
print(s.write('X'), s.getvalue(), s.tell())
s.seek(2)
s.write('ab')
print(repr(s.getvalue()), s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write('z')
print(repr(s.getvalue()), s.seek(0, 2), s.truncate(), s.truncate(0), repr(s.getvalue()))
s = io.StringIO()
for i in range(5):
    s.write(str(i))
s.writelines(['-', 'x', '\n'])
print(repr(s.getvalue()), s.tell(), repr(s.read()))

# === print(file=...) and context manager ===
buf = io.StringIO()
print('x', 1, [2], sep='-', end='!\n', file=buf)
print(file=buf)
print(repr(buf.getvalue()))
with io.StringIO() as f:
    f.write('hello')
    print(f.getvalue(), f.closed, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.closed)
print(io.StringIO(None).getvalue() == '', io.StringIO('x\r\ny', newline=None).getvalue() == 'x\ny')

# === errors ===
tries = [f.read, f.getvalue, lambda: f.write('x'), f.tell, lambda: iter(f), f.readline,
         lambda: io.StringIO().write(5), lambda: io.StringIO().seek(-1),
         lambda: io.StringIO('ab').seek(1, 1), lambda: io.StringIO('ab').seek(-1, 2),
         lambda: io.StringIO(5), lambda: io.StringIO().read('x'), lambda: io.StringIO().truncate(-1),
         lambda: io.StringIO().seek(0, 3), lambda: io.StringIO(newline='x')]
for t in tries:
    try:
        t()
        print('no error')
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
