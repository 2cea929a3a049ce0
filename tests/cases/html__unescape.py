import html

# === named references, with and without ; ===
samples = [
    "&amp; &lt; &gt; &quot; &apos; &nbsp;|", "&eacute;t&eacute; &Eacute;", "&amp &lt &eacute &copy &AMP &QUOT",
    "&hearts; &rarr; &NotEqualTilde; &fjlig; &acE; &bne; &nvlt;", "&Afr; &bopf; &ThickSpace; &ApplyFunction;",
    "&ampx &amplt; &notit; &notin; &noti &Eacuter &frac12x &sup2; &sup &nbsp;&nbsp",
    "&unknown; &AmP; &; & amp; && &lt;&gt;", "&" + "a" * 40 + ";", "&é; &ampé", "no references at all",
    "&alpha;&Alpha;&beta;&Omega;&infin;&sum;&int;",
]
for s in samples:
    print(ascii(html.unescape(s)))

# === numeric references ===
nums = ["&#65;&#x42;&#X43;&#0068", "&#x1F600; &#128512;", "&#0; &#13; &#x80; &#x81; &#x9f; &#150;",
        "&#1; &#11; &#127; &#xd800; &#xDFFF; &#xfdd0; &#xfffe; &#x1ffff; &#x10ffff; &#x110000;",
        "&#99999999999999999999999; &#", "&#x &#xg &#12a &#0x41"]
for s in nums:
    print(ascii(html.unescape(s)))

# === round trip with escape ===
text = "<a href=\"x\">Tom & Jerry's</a>"
print(html.escape(text), html.unescape(html.escape(text)) == text)

# === errors ===
try:
    html.unescape(b"&amp;")
except Exception as e:
    print(type(e).__name__)
