# === search results with relevance scores ===
results = [
    {"title": "Intro to Rust", "score": 0.82, "source": "blog"},
    {"title": "Python Tips", "score": 0.91, "source": "docs"},
    {"title": "Rust vs Go", "score": 0.82, "source": "forum"},
    {"title": "Async Python", "score": 0.67, "source": "docs"},
    {"title": "Memory Safety", "score": 0.95, "source": "paper"},
    {"title": "Old Post", "score": 0.12, "source": "blog"},
]

# === rank by score desc, then title asc ===
ranked = sorted(results, key=lambda r: (-r["score"], r["title"]))
print("Top results:")
for rank, r in enumerate(ranked[:4], start=1):
    print(f"{rank}. {r['title']} ({r['score']:.2f}) [{r['source']}]")

# === filter by threshold ===
THRESHOLD = 0.7
relevant = [r["title"] for r in ranked if r["score"] >= THRESHOLD]
print(f"{len(relevant)} relevant:", relevant)

# === best per source ===
best = {}
for r in results:
    cur = best.get(r["source"])
    if cur is None or r["score"] > cur["score"]:
        best[r["source"]] = r
for src in sorted(best):
    print(f"best {src}: {best[src]['title']}")

# === normalized scores ===
top = ranked[0]["score"]
normalized = {r["title"]: round(r["score"] / top, 3) for r in ranked}
print(normalized)

# === average score per source ===
sums = {}
for r in results:
    s, n = sums.get(r["source"], (0.0, 0))
    sums[r["source"]] = (s + r["score"], n + 1)
avgs = sorted(((src, round(s / n, 3)) for src, (s, n) in sums.items()), key=lambda t: t[1], reverse=True)
print(avgs)
