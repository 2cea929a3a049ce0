# pathlib's pure paths: parsing, parts, names, suffixes, joining, comparisons
from pathlib import PurePath, PurePosixPath, Path


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for text in ['/usr/lib/python3.11/site.tar.gz', 'a/b/c.txt', '.', '', '/', '//x/y', '///x',
             'a//b/./c/', '.bashrc', 'x.', 'archive.tar.gz/', 'a/..', '../x', '/..']:
    p = PurePosixPath(text)
    print(repr(text), str(p), repr(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes,
          p.parent, p.root, p.anchor, p.drive, p.is_absolute())

p = PurePosixPath('/usr/lib/python3.11/site.tar.gz')
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3])
print(repr(p.parents))
show('parents[9]', lambda: p.parents[9])
print(PurePosixPath('rel/x').parents[-1], list(PurePosixPath('x').parents), PurePosixPath('/').parent)

print(PurePath('a') / 'b' / PurePosixPath('c'), 'x' / PurePosixPath('y'), '/x' / PurePosixPath('y'))
print(PurePosixPath('a', 'b', '/c', 'd'), PurePosixPath('a').joinpath('b', 'c'), PurePosixPath('a') / '/abs')
print(type(PurePath('x')).__name__, type(PurePosixPath('x') / 'y').__name__, type(Path('x')).__name__)
print(repr(Path('a/b')), repr(Path('/a') / 'b'), repr(Path('a').parent), str(Path()))
show('div int', lambda: PurePosixPath('a') / 3)
show('ctor int', lambda: PurePosixPath(3))

print(p.with_name('x.py'), p.with_suffix('.bz2'), p.with_suffix(''), p.with_stem('s'))
print(PurePosixPath('a/b').with_suffix('.txt'), PurePosixPath('a/b.c.d').with_stem('e'))
show('with_name empty', lambda: PurePosixPath('/').with_name('x'))
show('with_name slash', lambda: p.with_name('a/b'))
show('with_name blank', lambda: p.with_name(''))
show('with_suffix bad', lambda: p.with_suffix('gz'))
show('with_suffix dot', lambda: p.with_suffix('.'))
show('with_suffix empty name', lambda: PurePosixPath('').with_suffix('.x'))

print(p.relative_to('/usr'), p.relative_to('/usr', 'lib'), p.relative_to(p), PurePosixPath('a/b').relative_to('a'))
show('relative_to other', lambda: p.relative_to('/etc'))
show('relative_to rel/abs', lambda: PurePosixPath('a/b').relative_to('/a'))
print(p.is_relative_to('/usr'), p.is_relative_to('/etc'), PurePosixPath('a').is_relative_to(''))

for pattern in ['*.gz', 'site.*', '*/*.gz', '/usr/*', '/usr/*/*/*', 'python3.11/*', 's?te.tar.gz', '[rs]ite.tar.gz',
                '[!s]ite.tar.gz', '*.GZ', 'lib/*/site.tar.gz']:
    print(pattern, p.match(pattern))
show('match empty', lambda: p.match(''))

print(p.as_posix(), str(p), PurePosixPath('a/b').__fspath__())
print(PurePosixPath('a') == PurePosixPath('a/'), PurePosixPath('a') == PurePosixPath('./a'), PurePosixPath('a') == 'a')
print(PurePosixPath('a') == Path('a'), PurePosixPath('/a') != PurePosixPath('a'))
print(hash(PurePosixPath('a/b')) == hash(PurePosixPath('a//b')))
print(sorted([PurePosixPath('b'), PurePosixPath('/z'), PurePosixPath('a/c'), PurePosixPath('a')]))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a/b') > PurePosixPath('a'), PurePosixPath('a') <= PurePosixPath('a'))
show('lt str', lambda: PurePosixPath('a') < 'b')
print(len({PurePosixPath('x'), PurePosixPath('x/'), PurePosixPath('./x')}))
print(PurePosixPath('/a/b').as_uri())
show('as_uri relative', lambda: PurePosixPath('a').as_uri())
