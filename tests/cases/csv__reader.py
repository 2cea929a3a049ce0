# === reader over a list of strings ===
import csv
import io

rows = list(csv.reader(['a,b,c', '1,"x, y",3', '"q""uote",,', '', 'one', ' sp , x ']))
print(rows)
print(list(csv.reader(['a;b', ' c; d'], delimiter=';', skipinitialspace=True)))

# === quoted fields spanning lines ===
print(list(csv.reader(io.StringIO('a,"multi\nline",c\r\nx,y,z\r\n'))))
print(list(csv.reader(io.StringIO('h1,h2\n"a\r\nb",c\n'))))
print(list(csv.reader(['a,"b'])), list(csv.reader(['"abc"def,g'])))

# === quoting modes ===
print(list(csv.reader(['1,2.5,"s",-3e2'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a",b'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(["'x,y',z"], quotechar="'")), list(csv.reader(['a\tb'], dialect='excel-tab')))

# === line_num and dialect ===
rd = csv.reader(['a', '"b', 'c"', 'd'])
for row in rd:
    print(rd.line_num, row)
print(rd.dialect.delimiter, rd.dialect.quotechar, rd.dialect.quoting, rd.dialect.skipinitialspace)

# === plain lines: terminators, spaces, empty fields ===
print(list(csv.reader(['a,b\r', 'c,d\n', 'e,f\r\n', '\r\n', ',', ' x,  y'], skipinitialspace=True)))
print(list(csv.reader(['a b,c', '\n', ',,'])), list(csv.reader(iter(['1,2']))))
old = csv.field_size_limit(5)
for src in (['123456,x'], ['"123456"']):
    try:
        print(list(csv.reader(src)))
    except csv.Error as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(old))

# === escaped line breaks continue the record ===
for lines in (['a\\\rb', 'c'], ['a\\\r', 'c'], ['a\\\rb\n', 'c'], ['a\\\nb', 'c'], ['a\\b', 'c']):
    print(list(csv.reader(lines, escapechar='\\')))

# === errors ===
tries = [
    lambda: list(csv.reader(['a,"b'], strict=True)),
    lambda: list(csv.reader(['"a"b'], strict=True)),
    lambda: list(csv.reader([1])),
    lambda: list(csv.reader(['a,x'], quoting=csv.QUOTE_NONNUMERIC)),
    lambda: list(csv.reader(['a\rb'])),
]
for t in tries:
    try:
        print(t())
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
