# === constants (fixed values, never host facts) ===
import sys

print(sys.version_info >= (3, 8), sys.version_info[:1], sys.version_info.major, sys.version_info > (3,))
print(type(sys.maxsize).__name__, sys.maxsize == 2**63 - 1, sys.byteorder in ('little', 'big'))
print(isinstance(sys.argv, list), isinstance(sys.version, str), sys.getrecursionlimit() > 0)
print(type(sys.version_info).__name__, sys.version_info.releaselevel, len(sys.version_info))
major, minor, *rest = sys.version_info
print(major, isinstance(minor, int))

# === stdout and stderr ===
print(sys.stdout.write('direct\n'))
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
sys.stderr.write('err\n')
sys.stdout.writelines(['a', 'b\n'])
sys.stdout.flush()

# === exit raises SystemExit ===
for args in [(3,), (), ('bye',)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(type(e).__name__, e.code, e.args)

# === errors ===
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', file=5)
except AttributeError as e:
    print(type(e).__name__, e)
