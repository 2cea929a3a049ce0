# str.format on malformed replacement fields: the error CPython's scanner raises
# for each, and the well-formed neighbours that must keep working.
fields = [
    "{", "}", "{0", "{0!}", "{0!x}", "{0:", "{a.}", "{0[}", "{0]}", "{0}{}", "{}{0}",
    "{1}", "{x}", "{0.real.}", "{0[0}", "{!r}", "{0:{1}}", "{0:{1:{2}}}", "{:{}}",
    "{0!r:>5}", "{ 0}", "{0 }", "{-1}", "{0!rr}", "}}{{", "{0:>{1}.{2}f}", "{:}", "{0:}",
    "{[0]}", "{0!}}", "{0!}x}", "{0!r", "{0!", "{0:{", "{0:}}", "{0[:]}", "{0[!]}", "{0!:}",
    "{0!r:", "{0:x", "{0[", "{0[1", "{0[1]", "{0!s}}", "{0!}:}", "{0!{}", "{a!r }", "{0:{}",
    "{a{b}", "{a}b}", "{0[}]}", "{0[{]}", "{!}", "{:{{}}}", "{0!r}}", "{0:{a}}", "{0[a]b}",
    "{0.}", "{0[]}", "{0:{1}{2}}", "x{0!a}y",
]
for f in fields:
    for args in ((7, 5, 2), ([1, 2],), ("é",)):
        try:
            print(repr(f), args, "->", repr(f.format(*args, a=3)))
        except Exception as e:
            print(repr(f), args, "!", type(e).__name__, e)
