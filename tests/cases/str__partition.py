# === partition ===
print("key=value=more".partition("="), "novalue".partition("="), "=x".partition("="))

# === rpartition ===
print("key=value=more".rpartition("="), "novalue".rpartition("="), "x=".rpartition("="))

# === multi-char separator ===
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))

# === parsing with partition ===
for line in ["host: example.com", "port:8080", "bad line"]:
    k, sep, v = line.partition(":")
    if sep:
        print(repr(k.strip()), repr(v.strip()))
    else:
        print("skip", repr(k))

# === empty separator ===
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
