# os.path's string functions (POSIX): join, split, splitext, normpath, relpath, commonpath
import os
import os.path
from os.path import join, split, basename, dirname, splitext, normpath, isabs, commonprefix, commonpath, relpath
from pathlib import PurePosixPath


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(os.sep, os.path.sep, os.curdir, os.pardir, os.extsep, os.pathsep, os.path.altsep, os.name)
print(os.path is os.path, os.path.join is join)

for parts in [('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'x'), ('a', ''), ('/',), ('a', 'b/', 'c/'),
              ('/a', '..', 'b'), ('', '')]:
    print('join', parts, repr(join(*parts)))
show('join int', lambda: join('a', 3))
show('join none', lambda: join(None))
print(join(PurePosixPath('a'), 'b'))

for p in ['/a/b/c', '/a/b/', 'a', '', '/', '//', '///a//b', 'a/b', '/a', '.']:
    print('split', repr(p), split(p), repr(basename(p)), repr(dirname(p)), isabs(p))

for p in ['a.txt', 'a.tar.gz', '.bashrc', '..x', 'a/.b', 'a.b/c', 'x.', '/a/b.c/d.e', '...', 'a..b', '']:
    print('splitext', repr(p), splitext(p))

for p in ['', '.', '/', '//', '///', 'a/./b', 'a/../b', '../a', 'a/b/../../..', '/../a', '//a/b', '/a//b/',
          'a/b/c/../../d', './', 'x/../', '/./.']:
    print('normpath', repr(p), repr(normpath(p)))

print(commonprefix(['/usr/lib', '/usr/local', '/usr/l']), repr(commonprefix([])), commonprefix([[1, 2], [1, 3]]))
print(commonpath(['/usr/lib', '/usr/local']), commonpath(['a/b', 'a/c/d']), commonpath(['/a']), commonpath(['/a/b', '/a/b']))
print(repr(commonpath(['/a', '/b'])), repr(commonpath(['a', 'b'])), commonpath(['a/./b', 'a/b/c']))
show('commonpath empty', lambda: commonpath([]))
show('commonpath mixed', lambda: commonpath(['/a', 'a']))

print(relpath('/a/b/c', '/a/d'), relpath('/a', '/a'), relpath('/a/b', '/'), relpath('/', '/a/b'), relpath('/x/y', '/x/y/z'))
show('relpath empty', lambda: relpath(''))
print(os.path.abspath('/a/../b/./c'), os.path.realpath('/x//y/..'), os.path.normcase('A/B'))
print(os.path.splitdrive('/a/b'), os.path.expanduser('/a/b'))
print(os.fspath('x'), os.fspath(PurePosixPath('a/b')))
show('fspath int', lambda: os.fspath(1))
