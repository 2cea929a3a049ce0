# === built-in and registered dialects ===
import csv
import io

d = csv.get_dialect('excel')
print(d.delimiter, repr(d.lineterminator), d.quoting, d.doublequote, d.quotechar, d.escapechar)
print(sorted(csv.list_dialects()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(['a|b|"c|d"'], dialect='pipes')), 'pipes' in csv.list_dialects())
p = csv.get_dialect('pipes')
print(p.delimiter, p.quotechar, p.lineterminator == '\r\n')
csv.unregister_dialect('pipes')
print('pipes' in csv.list_dialects())

# === Dialect subclasses ===
class Semi(csv.excel):
    delimiter = ';'

s = io.StringIO()
csv.writer(s, Semi).writerow(['a;b', 'c'])
csv.writer(s, Semi, delimiter=',').writerow(['a;b', 'c'])
csv.register_dialect('semi', Semi)
csv.writer(s, 'semi', lineterminator='\n').writerow([1, 2])
csv.writer(s, csv.unix_dialect).writerow([1, 2])
print(repr(s.getvalue()))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.excel_tab.delimiter == '\t')
print(csv.field_size_limit(), issubclass(csv.Error, Exception))

# === errors ===
tries = [
    lambda: csv.get_dialect('nope'),
    lambda: csv.unregister_dialect('nope'),
    lambda: csv.reader([], delimiter='::'),
    lambda: csv.reader([], delimiter=''),
    lambda: csv.writer(io.StringIO(), quotechar=None),
    lambda: csv.reader([], quoting=7),
    lambda: csv.writer(io.StringIO(), lineterminator=5),
    lambda: csv.reader([], nope=1),
    lambda: list(csv.reader(['x'], 'nope')),
]
for t in tries:
    try:
        t()
        print('no error')
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
