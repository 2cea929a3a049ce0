# === minimal quoting ===
import csv
import io

s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['a', 'b,c', 'd"e', None, 1.5, 2, '', True]))
print(w.writerows([[], [''], [None], ['', ''], ['x\ny', 'tab\there', 'cr\r']]))
print(repr(s.getvalue()))

# === the other quoting modes ===
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_ALL, lineterminator='\n').writerow([1, 'a', None])
csv.writer(s, quoting=csv.QUOTE_NONNUMERIC, lineterminator='\n').writerow([1, 'a', None, True, 2.5])
csv.writer(s, delimiter='\t', quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n').writerow(['a\tb', 'c', 'q"'])
csv.writer(s, dialect='excel-tab').writerow(['a b', 'c\td'])
csv.writer(s, doublequote=False, escapechar='\\').writerow(['say "hi"'])
csv.writer(s, quotechar="'", lineterminator=';').writerow(["it's", 'a,b'])
print(repr(s.getvalue()))

# === a lone empty field is quoted with the dialect's quotechar ===
s = io.StringIO()
csv.writer(s, quotechar="'").writerow([''])
csv.writer(s, quotechar='|', lineterminator='\n').writerow([None])
print(repr(s.getvalue()))

# === rows of any iterable, written to any object with write() ===
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

k = Sink()
w = csv.writer(k)
w.writerow(x * 2 for x in range(3))
w.writerow('abc')
w.writerow(range(2))
print(k.parts, w.dialect.lineterminator == '\r\n')

# === round trip ===
rows = [['id', 'text'], ['1', 'plain'], ['2', 'with, comma'], ['3', 'with "quotes"'], ['4', 'multi\nline']]
s = io.StringIO()
csv.writer(s).writerows(rows)
s.seek(0)
print(list(csv.reader(s)) == rows)

# === errors ===
tries = [
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
    lambda: csv.writer(io.StringIO()).writerow(5),
    lambda: csv.writer(5),
]
for t in tries:
    try:
        t()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
