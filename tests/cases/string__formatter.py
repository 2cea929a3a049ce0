# === Formatter ===
import string
from string import Formatter

f = Formatter()
print(f.format('{0} {name!r:>8} {1[0]} {2.real} {{lit}}', 'a', [9], 3, name='n'))
print(f.format('{} {}', 1, 2), f.format('{:{w}}|', 'x', w=5), f.vformat('{a}', (), {'a': 1}))
print(list(f.parse('a{0!r:>3}b{}c')), list(f.parse('')), list(f.parse('{{x}}')))
print(f.get_field('0.real', (5,), {}), f.convert_field(1, 'r'), f.format_field(3.14159, '.2f'))

class Upper(Formatter):
    def format_field(self, value, spec):
        return str(value).upper()

print(Upper().format('{} and {x}', 'a', x='b'))

# === errors ===
for args in [('{} {0}', 1), ('{', ), ('}', ), ('{0!x}', 1), ('{5}', 1), ('{a', ), ('{a!', ), ('{a!rx}', ),
             ('{a:{}', ), ('{a{b}', ), ('{a[}', ), ('{!}', ), ('{0}{a}}', 1), ('{}{0}', 1)]:
    try:
        f.format(*args)
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

# === module constants still there ===
print(string.capwords('hello   world'), string.ascii_letters[:5], string.digits, string.Template.delimiter)

# === parse is lazy ===
it = Formatter().parse('ok{0}}')
print(next(it))
try:
    next(it)
except ValueError as e:
    print(type(e).__name__, e)
