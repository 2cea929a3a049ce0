# open(): text and binary modes over a real directory (ROOT is set by the harness)
import io

with open(ROOT + '/notes.txt') as f:
    print(f.name == ROOT + '/notes.txt', f.mode, f.closed, f.readable(), f.writable())
    print(repr(f.readline()), repr(f.read(3)), repr(f.read()), repr(f.read()))
print(f.closed)
with open(ROOT + '/notes.txt') as f:
    print(f.readlines())
with open(ROOT + '/notes.txt') as f:
    print([line for line in f])
with open(ROOT + '/notes.txt', 'rb') as f:
    print(f.read(4), f.tell(), f.read(), f.mode, type(f).__name__)
    f.seek(0)
    print(f.readline(), f.seek(-3, 2), f.read())
print(open(ROOT + '/crlf.txt').read().split('\n'), open(ROOT + '/crlf.txt', newline='').read().split('\n'))

with open(ROOT + '/out.txt', 'w') as f:
    print(f.write('first\n'), f.write('café\n'), f.tell(), type(f).__name__)
    f.writelines(['a\n', 'b\n'])
print(repr(open(ROOT + '/out.txt').read()), open(ROOT + '/out.txt', 'rb').read())
with open(ROOT + '/out.txt', 'a') as f:
    f.write('appended\n')
print(repr(open(ROOT + '/out.txt', encoding='utf-8').read()))
f = open(ROOT + '/out.txt', 'w')
f.write('flushed')
f.flush()
print(repr(open(ROOT + '/out.txt').read()))
f.close()
f.close()

with open(ROOT + '/data.bin', 'wb') as f:
    print(f.write(b'\x00\x01\x02abc'), type(f).__name__, f.mode)
with open(ROOT + '/data.bin', 'r+b') as f:
    f.seek(3)
    f.write(b'XY')
    f.seek(0)
    print(f.read(), type(f).__name__, f.mode)
with open(ROOT + '/w+.txt', 'w+') as f:
    f.write('hello world')
    f.seek(0)
    print(f.read(5), f.mode)
with open(ROOT + '/a+.txt', 'a+') as f:
    f.write('one;')
    f.seek(0)
    print(repr(f.read()))
with open(ROOT + '/a+.txt', 'a+') as f:
    f.write('two;')
    f.seek(0)
    print(repr(f.read()))
with open(ROOT + '/new.txt', 'x') as f:
    f.write('exclusive')
print(open(ROOT + '/new.txt').read())
with open(ROOT + '/latin.txt', 'w', encoding='latin-1') as f:
    f.write('café')
print(open(ROOT + '/latin.txt', 'rb').read(), open(ROOT + '/latin.txt', encoding='latin-1').read())


def err(label, fn):
    try:
        fn()
        print(label, 'no error')
    except Exception as e:
        text = str(e).replace(ROOT, 'ROOT')
        print(label, type(e).__name__, text)


err('missing', lambda: open(ROOT + '/missing.txt'))
err('missing dir', lambda: open(ROOT + '/nodir/x.txt', 'w'))
err('is dir', lambda: open(ROOT + '/sub'))
err('exists', lambda: open(ROOT + '/new.txt', 'x'))
closed = open(ROOT + '/notes.txt')
closed.close()
err('closed read', lambda: closed.read())
err('closed readline', lambda: closed.readline())
err('closed with', lambda: closed.__enter__())
err('not writable', lambda: open(ROOT + '/notes.txt').write('x'))
err('not readable', lambda: open(ROOT + '/out.txt', 'a').read())
err('unsupported is', lambda: isinstance(open(ROOT + '/out.txt', 'a').read(), str))
try:
    open(ROOT + '/notes.txt').write('x')
except io.UnsupportedOperation as e:
    print('io.UnsupportedOperation', isinstance(e, OSError), isinstance(e, ValueError))
err('bad mode', lambda: open(ROOT + '/notes.txt', 'rw'))
err('bad mode 2', lambda: open(ROOT + '/notes.txt', 'rr'))
err('bad mode 3', lambda: open(ROOT + '/notes.txt', 'rtb'))
err('bad mode 4', lambda: open(ROOT + '/notes.txt', 'z'))
err('binary encoding', lambda: open(ROOT + '/notes.txt', 'rb', encoding='utf-8'))
err('binary newline', lambda: open(ROOT + '/notes.txt', 'rb', newline=''))
err('bad newline', lambda: open(ROOT + '/notes.txt', newline='x'))
err('write bytes to text', lambda: open(ROOT + '/t.txt', 'w').write(b'x'))
err('write str to binary', lambda: open(ROOT + '/t.bin', 'wb').write('x'))
err('bad path type', lambda: open(3.5))
err('decode', lambda: open(ROOT + '/bad-utf8.txt').read())
err('text nonzero cur seek', lambda: open(ROOT + '/notes.txt').seek(2, 1))
