import re

# === search / match / fullmatch ===
m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(2))
print(m[0], m[1], repr(m))
print(re.match(r"\w+", "hello world").group(), re.match(r"world", "hello world"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.fullmatch("a|ab", "ab").group(), bool(re.search("x", "abc")), re.search("", "abc").span())

# === named groups ===
m = re.match(r"(?P<key>\w+)=(?P<value>[^;]*)", "name=Ann;x")
print(m.group("key"), m["value"], m.groupdict(), m.start("value"), m.lastgroup, m.lastindex)
print(re.search(r"(?P<word>\w+) (?P=word)", "it is is here").group())
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.groupdict())

# === findall / finditer ===
print(re.findall(r"\d+", "a1 b22 c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w)=\d", "a=1 b=2"))
print(re.findall(r"x*", "axxb"), re.findall("", "ab"), re.findall(r"[aeiou]", "Programming"))
print([m.span() for m in re.finditer(r"\w+", "one two  three")], [m.group(1) for m in re.finditer(r"<(\w+)>", "<a><bb>")])

# === sub / subn ===
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@site ann@web"))
print(re.sub(r"(?P<n>\d)", r"<\g<n>>", "a1b2"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3"), re.sub("a", "b", "aaa", count=2))
print(re.subn(r"o", "0", "foo boo"), re.sub("x*", "-", "abxd"), re.sub(r"^", "> ", "line"), re.sub(r"\\n", "NL", r"a\nb"))
print(re.sub(r"(\d+)", r"\g<1>0", "5 and 7"), re.sub("b", r"\n", "abc") == "a\nc")

# === split ===
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", "  lead and trail  "), re.split(r",", "a,b,c", maxsplit=1))
print(re.split(r"x*", "axbc"), re.split(r"(a)|b", "1a2b3"))

# === flags ===
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"^\w+", "one\ntwo"), re.search(r"a.b", "a\nb", re.S).group() == "a\nb")
print(re.findall(r"hello", "Hello HELLO hello", re.I), re.search(r"""
    (\d{3})  # area
    -(\d{4}) # number
""", "tel 555-1234", re.X).groups(), (re.I | re.M) == 10, re.IGNORECASE == re.I)
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.A), re.search("$", "ab\n").span(), re.findall("a$", "a\na", re.M))

# === compiled patterns ===
p = re.compile(r"(\w+)@(\w+)\.com", re.I)
print(p.pattern, p.groups, p.groupindex, p.flags == re.I | re.U, repr(p), repr(re.compile("x")))
print(p.search("mail JOE@EXAMPLE.COM").groups(), p.findall("a@b.com c@d.com"), p.sub(r"\1", "x@y.com"), p.match("zz a@b.com"), p.match("zz a@b.com", 3).group())
print(re.compile("ab").fullmatch("xabx", 1, 3).span(), re.compile(r"\d").search("a1b2", 2).group(), re.compile("b$").search("ab\nc", 0, 2))
print(re.escape("a.b*c (1+1) [x]"), re.escape("plain_text-1"), re.compile(re.escape("1+1")).findall("1+1=2, 1+1"))
print(isinstance(p, re.Pattern), isinstance(p.match("a@b.com"), re.Match), type(p).__name__, type(p.match("a@b.com")).__name__)

# === unicode positions ===
m = re.search("wörld", "héllo wörld!")
print(m.span(), m.start(), m.end(), re.sub("ö", "o", "wörld"), [x.span() for x in re.finditer("é|ö", "héllo wörld")])

# === errors ===
for pat in ["(", "[a-", r"\q", "a{2,1}x)"]:
    try:
        re.compile(pat)
        print("compiled", pat)
    except re.error as e:
        print("re.error", type(e).__name__)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError", e)
try:
    re.match("(a)", "a").group(3)
except IndexError as e:
    print("IndexError", e)
try:
    re.sub("a", r"\9", "a")
except re.error as e:
    print("re.error", e)
