# === DictReader ===
import csv
import io

src = io.StringIO('name,age\r\nann,30\r\n\r\nbob,25,extra,more\r\ncy\r\n')
rd = csv.DictReader(src, restkey='rest', restval='?')
for d in rd:
    print(rd.line_num, d)
print(rd.fieldnames)
r = csv.DictReader(['x,y', '1,2'])
print(r.fieldnames, list(r))
r = csv.DictReader(['1;2', '3;4'], fieldnames=['a', 'b'], delimiter=';')
print(list(r), r.fieldnames)
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)
print(list(csv.DictReader(['a,b', '1'])))

# === DictWriter ===
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['a', 'b'], restval='-')
print(dw.writeheader())
dw.writerow({'a': 1})
dw.writerows([{'a': 2, 'b': 'x,y'}, {'b': 3}])
print(repr(out.getvalue()))
dw = csv.DictWriter(out, ['a'], extrasaction='ignore')
dw.writerow({'a': 1, 'zz': 2})
dw = csv.DictWriter(out, ('p', 'q'), lineterminator='\n')
dw.writerow({'q': 1})
print(repr(out.getvalue()[-8:]), dw.fieldnames)

# === errors ===
try:
    csv.DictWriter(out, ['a']).writerow({'a': 1, 'c': 2})
except ValueError as e:
    print(type(e).__name__, e)
try:
    csv.DictWriter(out, ['a'], extrasaction='bad')
except ValueError as e:
    print(type(e).__name__, e)
