# bench: N=80
# Dict-heavy counting: word frequencies, grouping, get/setdefault.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
counts = {}
groups = {}
for i in range(N * 1000):
    w = words[(i * 7 + i // 3) % len(words)] + str(i % 17)
    counts[w] = counts.get(w, 0) + 1
    groups.setdefault(w[0], []).append(i)
    if w in counts and counts[w] > 50:
        counts[w] -= 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
sizes = {k: len(v) for k, v in groups.items()}
print(len(counts), top, sorted(sizes.items()))
