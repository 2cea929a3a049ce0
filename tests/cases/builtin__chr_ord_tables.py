# === ascii table slice ===
print("".join(chr(c) for c in range(ord("a"), ord("z") + 1)))
print([chr(c) for c in range(48, 58)])

# === letter arithmetic ===
print(chr(ord("a") + 25), ord("z") - ord("a"), chr(ord("A") + 2), ord("Z") - ord("A"))

# === letter index mapping ===
idx = {chr(ord("a") + i): i for i in range(5)}
print(idx)

# === frequency vector ===
freq = [0] * 26
for ch in "hello world":
    if "a" <= ch <= "z":
        freq[ord(ch) - ord("a")] += 1
print(freq)
print([(chr(i + 97), n) for i, n in enumerate(freq) if n])

# === rot13 ===
def rot13(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
print(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
