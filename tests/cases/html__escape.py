import html

# === escape ===
print(html.escape("<a href=\"x\">Tom & Jerry's</a>"))
print(html.escape("<b>'q'</b>", quote=False), html.escape("plain"))

# === unescape ===
print(html.unescape("&lt;p&gt;Fish &amp; Chips&lt;/p&gt;"))
print(html.unescape("&quot;hi&quot; &#39;x&#39; &#x41;&#X42;&#67; &copy; 2024 &mdash; &euro;5"))
print(html.unescape("no entities"), html.unescape("&unknownentity; & &#; &#xZZ;"))
print(html.unescape("&#0; &#x110000; &#13;") == "\ufffd \ufffd \r")

# === agent-style: render a comment safely, then read it back ===
comment = "<script>alert('pwned')</script> & more"
safe = html.escape(comment)
print("<div>" + safe + "</div>")
print(html.unescape(safe) == comment)
