# bench: N=90
# String building and formatting: f-strings, join, %-format, methods.
lines = []
for i in range(N * 200):
    name = "item" + str(i)
    line = f"{name:>10}|{i * 3:06d}|{i / 7:.3f}|" + "%s-%d" % (name.upper(), i % 13)
    lines.append(line)
text = "\n".join(lines)
parts = text.split("\n")
total = 0
for p in parts:
    fields = p.split("|")
    total += len(fields[0].strip()) + int(fields[1]) + len(fields[3].lower())
report = ", ".join(s.replace("ITEM", "x") for s in parts[:5])
print(len(text), total, report)
