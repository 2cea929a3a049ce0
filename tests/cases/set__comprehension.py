# === basic ===
sq = {x * x for x in range(-3, 4)}
print(sorted(sq), len(sq))

# === from strings ===
vowels = {c for c in "programming language" if c in "aeiou"}
print(sorted(vowels))

# === dedupe normalized words ===
words = ["Apple", "apple", "APPLE", "Banana", "banana", "cherry"]
norm = {w.lower() for w in words}
print(sorted(norm), len(norm))

# === lengths ===
print(sorted({len(w) for w in words}))

# === set comprehension vs dict comprehension ===
print(type({x for x in "ab"}).__name__, type({x: 1 for x in "ab"}).__name__)

# === unique pairs ===
pairs = {(min(a, b), max(a, b)) for a in range(3) for b in range(3) if a != b}
print(sorted(pairs))

# === empty result ===
print({x for x in range(5) if x > 10})
