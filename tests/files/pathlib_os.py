# pathlib.Path and os / os.path over a real directory (ROOT is set by the harness)
import os
import os.path
from pathlib import Path

root = Path(ROOT)
print((root / 'notes.txt').read_text(), (root / 'notes.txt').read_bytes()[:5])
print((root / 'notes.txt').exists(), (root / 'nothing').exists(), (root / 'sub').is_dir(), (root / 'notes.txt').is_file())
print((root / 'sub').is_file(), (root / 'nothing').is_dir(), (root / 'notes.txt').stat().st_size)
print(sorted(p.name for p in root.iterdir()))
print(sorted(str(p.relative_to(root)) for p in root.glob('*.txt')))
print(sorted(str(p.relative_to(root)) for p in root.glob('sub/*')))
print(sorted(str(p.relative_to(root)) for p in root.rglob('*.md')))
print(sorted(str(p.relative_to(root)) for p in root.glob('**/*.md')))
print(sorted(str(p.relative_to(root)) for p in root.glob('s?b/deep/*')))
print(sorted(str(p.relative_to(root)) for p in root.glob('[ns]*')))
print((root / 'w.txt').write_text('written'), (root / 'w.txt').read_text())
print((root / 'w.bin').write_bytes(b'\x00\x01'), (root / 'w.bin').read_bytes())
(root / 'made' / 'deeper').mkdir(parents=True)
(root / 'made').mkdir(exist_ok=True)
print((root / 'made' / 'deeper').is_dir())
(root / 'made' / 'deeper').rmdir()
(root / 'touched').touch()
(root / 'touched').touch()
print((root / 'touched').read_bytes())
target = (root / 'w.txt').rename(root / 'renamed.txt')
print(target.name, (root / 'w.txt').exists(), (root / 'renamed.txt').read_text())
(root / 'renamed.txt').unlink()
(root / 'renamed.txt').unlink(missing_ok=True)
print((root / 'renamed.txt').exists())
with (root / 'via_open.txt').open('w') as f:
    f.write('via open')
print((root / 'via_open.txt').read_text())
print(Path(ROOT + '/sub/../notes.txt').resolve() == root / 'notes.txt')

print(sorted(os.listdir(ROOT + '/sub')), os.path.exists(ROOT), os.path.isdir(ROOT + '/sub'), os.path.isfile(ROOT + '/sub'))
print(os.path.getsize(ROOT + '/notes.txt'), os.path.exists(ROOT + '/nothing'), os.path.isfile(ROOT + '/notes.txt'))
os.makedirs(ROOT + '/m1/m2')
os.makedirs(ROOT + '/m1/m2', exist_ok=True)
os.mkdir(ROOT + '/m1/m3')
print(sorted(os.listdir(ROOT + '/m1')))
os.rename(ROOT + '/m1/m3', ROOT + '/m1/m4')
os.rmdir(ROOT + '/m1/m4')
os.remove(ROOT + '/touched')
print(sorted(os.listdir(ROOT + '/m1')), os.path.exists(ROOT + '/touched'), os.stat(ROOT + '/notes.txt').st_size)
for dirpath, dirnames, filenames in os.walk(ROOT + '/sub'):
    print(dirpath.replace(ROOT, 'ROOT'), sorted(dirnames), sorted(filenames))
print([d.replace(ROOT, 'ROOT') for d, _, _ in os.walk(ROOT + '/sub', topdown=False)])


def err(label, fn):
    try:
        fn()
        print(label, 'no error')
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(ROOT, 'ROOT'))


err('read missing', lambda: (root / 'nothing').read_text())
err('mkdir exists', lambda: (root / 'sub').mkdir())
err('mkdir no parent', lambda: (root / 'a' / 'b').mkdir())
err('makedirs exists', lambda: os.makedirs(ROOT + '/m1'))
err('rmdir not empty', lambda: (root / 'sub').rmdir())
err('unlink missing', lambda: (root / 'nothing').unlink())
err('unlink dir', lambda: (root / 'sub').unlink())
err('remove missing', lambda: os.remove(ROOT + '/nothing'))
err('listdir file', lambda: os.listdir(ROOT + '/notes.txt'))
err('listdir missing', lambda: os.listdir(ROOT + '/nothing'))
err('getsize missing', lambda: os.path.getsize(ROOT + '/nothing'))
err('touch exists', lambda: (root / 'notes.txt').touch(exist_ok=False))
err('write_text bytes', lambda: (root / 'x').write_text(b'x'))
err('write_bytes str', lambda: (root / 'x').write_bytes('x'))
err('stat missing', lambda: os.stat(ROOT + '/nothing'))
