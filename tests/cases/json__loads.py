import json

# === values ===
print(json.loads("null"), json.loads("true"), json.loads("false"), json.loads("42"), json.loads("-0"), json.loads("3.25"))
print(json.loads("1e3"), json.loads("-1.5E-2"), json.loads("12345678901234567890123"), json.loads('"text"'))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
print(json.loads(' [1, 2.0, "three", null, true, {"a": {"b": []}}] '))
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('"esc: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00"'))
print(json.loads(b'{"bytes": true}'))
print(repr(json.loads('"\\u2603"')), type(json.loads("1")).__name__, type(json.loads("1.0")).__name__)

# === hooks ===
print(json.loads('{"a": 1, "b": [1, {"c": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('[1.5, 2, "x"]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))

# === round trip ===
doc = {"users": [{"id": 1, "name": "Ann", "tags": ["a", "b"], "score": 9.5}, {"id": 2, "name": "Bob", "tags": [], "score": None}]}
text = json.dumps(doc, indent=2, sort_keys=True)
print(json.loads(text) == doc, len(text))

# === decode errors ===
bad = ["", " ", "[", "[1,]", '{"a" 1}', '{"a": 1,}', "{'a': 1}", '{"a": 1} x', "[1 2]", '"abc', '"a\\x"',
       '"a\nb"', "01", "-", "tru", "[1,\n 2,\n ]", '"\\u12"', "{", '{"a":', "nul"]
for s in bad:
    try:
        json.loads(s)
        print("ok?", repr(s))
    except json.JSONDecodeError as e:
        print(type(e).__name__, "|", e)
    except ValueError as e:
        print("ValueError", e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
print(issubclass(json.JSONDecodeError, ValueError))
