import textwrap

# === dedent ===
print(repr(textwrap.dedent("    def f():\n        return 1\n    \n    x = f()\n")))
print(repr(textwrap.dedent("\tone\n\t  two\n")), repr(textwrap.dedent("  a\n b")), repr(textwrap.dedent("")))

# === indent ===
print(repr(textwrap.indent("line one\n\nline two\n", "> ")))
print(repr(textwrap.indent("a\n  \nb", "  ")))

# === agent-style: quote an email reply ===
body = """
    Hi team,
      the deploy is done.
    Thanks
"""
print(textwrap.indent(textwrap.dedent(body).strip(), "> "))
