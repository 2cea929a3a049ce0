# === quote ===
from urllib.parse import quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes

print(quote('a b/c?d=é&x~y_z.-'), quote('/path with/spaces'), quote('/x y', safe=''))
print(quote('a+b', safe='+'), quote(b'bytes \xff'), quote(''), quote('ünï', encoding='latin-1'))
print(quote('€', safe='€'), quote('a/b', safe=b'/'), quote('\x00\x7f'))

# === quote_plus ===
print(quote_plus('a b&c=d/e'), quote_plus('a b', safe='/'), quote_plus(b'x y'), quote_plus('nospace'))

# === unquote ===
print(unquote('a%20b%C3%A9'), unquote('%zz%2'), unquote('%E2%82%AC%e2%82%ac'), unquote('%FF'))
print(unquote('no-escapes'), unquote(b'a%20b'), unquote('%C3%A9', encoding='latin-1'))
print(unquote_plus('a+b%2B%20c'), unquote_to_bytes('a%20b%ff'), quote_from_bytes(b'\x01a/'))

# === errors ===
for f, args in [(quote, (123,)), (quote, (b'x', '/', 'utf-8')), (quote_from_bytes, ('s',)),
                (unquote, (None,)), (quote, ('é', '/', 'ascii'))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
