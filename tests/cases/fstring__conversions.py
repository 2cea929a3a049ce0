name = "Ann"
path = "C:\\tmp\n"
uni = "café"

# === !r !s !a ===
print(f"{name}|{name!s}|{name!r}|{name!a}")
print(f"{path!r}", f"{uni!a}", f"{uni!r}")
print(f"{42!r} {3.5!s} {None!r} {[1, 'x']!r} {('a',)!s}")

# === conversions with specs ===
print(f"[{name!r:>10}]", f"[{name!r:<10}]", f"[{uni!a:^14}]")

# === expressions inside ===
items = [1, 2, 3]
print(f"{len(items)} items, sum={sum(items)}, first={items[0]}, rev={items[::-1]}")
print(f"{'nested'!r} {name.upper()} {name * 2} {1 + 2 * 3}")
d = {"key": "value"}
print(f"{d['key']} {d!r}")

# === braces ===
print(f"{{}} {{{name}}} {{name}}")
