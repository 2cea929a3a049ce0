# === text returned by a fetch tool ===
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick thinking, quick feet: the fox escapes."""

STOPWORDS = {"the", "over", "a", "an"}

# === normalize and tokenize ===
cleaned = []
for ch in text.lower():
    if ch.isalpha() or ch.isspace():
        cleaned.append(ch)
    else:
        cleaned.append(" ")
words = "".join(cleaned).split()
print("total words:", len(words))

# === count ===
freq = {}
for w in words:
    if w in STOPWORDS:
        continue
    freq[w] = freq.get(w, 0) + 1

# === top-N with tie-break by word ===
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top words:")
for word, n in top:
    bar = "#" * n
    print(f"  {word:<10} {n:>2} {bar}")

# === words by length buckets ===
buckets = {}
for w in sorted(freq):
    buckets.setdefault(len(w), []).append(w)
for length in sorted(buckets):
    print(length, buckets[length])

# === sentences ===
sentences = [s.strip() for s in text.replace("!", ".").replace(";", ".").split(".") if s.strip()]
print(len(sentences), "sentences")
for s in sentences:
    print(f"- {s[:30]!r} ({len(s.split())} words)")
assert freq["fox"] == 3, "fox count"
