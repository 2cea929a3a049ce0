# === max_lines and placeholder ===
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, used by typographers; "
        "it's state-of-the-art--really.")
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder='...'))
print(textwrap.wrap(text, 25, max_lines=1))
print(textwrap.wrap('short text', 25, max_lines=1), textwrap.wrap('aaaaaaaaaaaaaaa bbb', 10, max_lines=1))
print(textwrap.fill(text, 20, max_lines=3, initial_indent='- ', subsequent_indent='  '))

# === shorten ===
print(textwrap.shorten(text, 40))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world', 11))
print(textwrap.shorten(text, 30, placeholder=' (more)'), textwrap.shorten('  lots   of\n space  ', 50))
print(textwrap.shorten('Supercalifragilistic', 10), textwrap.shorten('', 10))

# === errors ===
for args in [('hello world', 3), ('hello world', 8, {'placeholder': '.........'})]:
    try:
        if len(args) == 3:
            textwrap.shorten(args[0], args[1], **args[2])
        else:
            textwrap.shorten(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.wrap('abc', 2, max_lines=1, placeholder='  [...]')
except ValueError as e:
    print(type(e).__name__, e)
