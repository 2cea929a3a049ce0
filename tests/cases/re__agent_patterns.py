import re

# === pulling numbers and fields out of text ===
text = "Order #1234 shipped on 2024-03-15; total $1,299.50 (tax $104.00). Contact: ann.lee@example.com, +1 (555) 010-9999"
print(re.findall(r"\$([\d,]+\.\d{2})", text))
print([float(x.replace(",", "")) for x in re.findall(r"\$([\d,]+\.\d{2})", text)])
print(re.search(r"#(\d+)", text).group(1), re.search(r"(\d{4})-(\d{2})-(\d{2})", text).groups())
print(re.findall(r"[\w.+-]+@[\w-]+\.\w+", text), re.sub(r"\D", "", "+1 (555) 010-9999"))
date = re.match(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", "2024-03-15")
print({k: int(v) for k, v in date.groupdict().items()})

# === cleaning ===
print(re.sub(r"<[^>]+>", "", "<p>Hello <b>world</b></p>"), re.sub(r"\s{2,}", " ", "too    many   spaces").strip())
print(re.sub(r"[^a-z0-9]+", "-", "Hello, World! 2024".lower()).strip("-"), re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"))
print(re.sub(r"(?<!\d)(\d{3})(?!\d)", r"[\1]", "12 345 6789"), re.findall(r"\b\w+(?=ing\b)", "singing and dancing all morning"))

# === key-value parsing ===
cfg = "host = example.org\nport=8080\n# comment\ndebug = true\n"
pairs = dict(re.findall(r"^(\w+)\s*=\s*(.*?)\s*$", cfg, re.M))
print(pairs)
log = ["ERROR 12:00 disk full", "INFO 12:01 ok", "WARN 12:02 slow", "ERROR 12:03 net down"]
errs = [m.group(2) for line in log if (m := re.match(r"ERROR (\S+) (.*)", line))]
print(errs, sum(1 for l in log if re.search(r"^(ERROR|WARN)", l)))

# === tokenizing ===
tokens = re.findall(r"\d+\.?\d*|[-+*/()]|\w+", "3.5 * (x + 42) - y/2")
print(tokens)
print(re.split(r"\s*([+\-*/])\s*", "1 + 2*3 - 4"))
camel = "parseHTTPResponseCode"
print(re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", camel).lower())
