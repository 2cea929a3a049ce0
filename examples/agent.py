# An agent-style script: rank search results for a query and summarise them.
# Plain Python only (functions, dicts, lists, f-strings, loops, comprehensions,
# try/except), so it runs the same in Monty and CPython:
#     monty run examples/agent.py
#     python3 examples/agent.py

query = "rust python interpreter sandbox"

results = [
    {"title": "Embedding a Python interpreter in Rust", "url": "https://example.com/embed", "words": 1800,
     "text": "how to embed a python interpreter in a rust program safely"},
    {"title": "Sandboxing untrusted code", "url": "https://example.com/sandbox", "words": 950,
     "text": "a sandbox limits what untrusted code can reach: files, network, time"},
    {"title": "Gardening tips for spring", "url": "https://example.com/garden", "words": 400,
     "text": "plant tomatoes after the last frost"},
    {"title": "Python bytecode explained", "url": "https://example.com/bytecode", "words": None,
     "text": "the python interpreter compiles source to bytecode and runs it in a loop"},
]


def tokens(text):
    return [word.strip(".,:;").lower() for word in text.split()]


def score(result, terms):
    words = tokens(result["title"]) + tokens(result["text"])
    hits = sum(1 for term in terms if term in words)
    try:
        length_bonus = min(result["words"] / 1000, 1.0)
    except TypeError:
        length_bonus = 0.0
    return hits + length_bonus / 2


terms = tokens(query)
ranked = sorted(results, key=lambda r: score(r, terms), reverse=True)
relevant = [r for r in ranked if score(r, terms) >= 1]

print(f"query: {query!r} ({len(terms)} terms)")
for rank, result in enumerate(relevant, start=1):
    print(f"{rank}. {result['title']} - score {round(score(result, terms), 2)}")
    print(f"   {result['url']}")

skipped = [r["title"] for r in ranked if r not in relevant]
summary = {"relevant": len(relevant), "skipped": skipped, "best": relevant[0]["url"] if relevant else None}
print(f"summary: {summary}")
