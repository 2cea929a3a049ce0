# === BytesIO ===
import io

b = io.BytesIO(b'hello\nworld')
print(b.read(2), b.readline(), b.read(), b.tell(), b.read())
b.seek(-3, 2)
print(b.read(), b.seek(1), b.write(b'EE'), b.getvalue())
print(b.seek(2, 1), b.read(1), b.seek(-100, 1), b.tell())
b.seek(20)
b.write(b'!')
print(b.getvalue(), len(b.getvalue()), b.truncate(3), b.getvalue())
print(list(io.BytesIO(b'a\nb\n')), io.BytesIO().getvalue(), io.BytesIO(b'x\ny').readlines())
with io.BytesIO() as out:
    out.write(b'abc')
    out.writelines([b'd', b'e'])
    print(out.getvalue(), out.closed)
print(out.closed, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

# === errors ===
tries = [lambda: io.BytesIO().write('str'), lambda: io.BytesIO('str'), out.getvalue, out.read,
         lambda: out.write(b'x'), lambda: io.BytesIO().seek(-1), lambda: iter(out)]
for t in tries:
    try:
        t()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
