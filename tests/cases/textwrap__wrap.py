# === wrap and fill at several widths ===
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, used by typographers; "
        "it's state-of-the-art--really. Supercalifragilisticexpialidocious words   break\ttoo.")
for w in (10, 20, 35, 70):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(text, width=25))

# === options ===
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('a\n\nb', 10, replace_whitespace=False))
print(textwrap.wrap('one. two. three', 8, fix_sentence_endings=True))
print(textwrap.wrap('  leading space kept', 10, drop_whitespace=False))
print(textwrap.wrap('aaaa-bbbb-cccc-dddd', 7), textwrap.wrap('x --- y -- z', 3))
print(textwrap.wrap('line one\nline two\n\nthree', 40), textwrap.wrap('ab' * 10, 5))
print(textwrap.wrap('word ' * 5, 1), textwrap.wrap('tab\there', 40, expand_tabs=False))

# === TextWrapper ===
w = textwrap.TextWrapper(width=15, tabsize=4)
print(w.wrap('a\tb\tc d e f g h i j k'), w.fill('xx yy'), w.width)
w.width = 6
w.initial_indent = '> '
print(w.wrap('alpha beta gamma'))

# === dedent and indent ===
print(textwrap.dedent('   a\n     b\n   c'), textwrap.indent('a\nb', '> '))

# === errors ===
for bad in (0, -1):
    try:
        textwrap.wrap('abc', bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.wrap('abc', width=5, nope=1)
except TypeError as e:
    print(type(e).__name__)
