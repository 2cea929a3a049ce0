# a research loop: search, fetch the best hits, summarize, with a retry budget
import json

queries = ["rust interpreters", "python sandboxes", "agent tools"]
notes = {}
for q in queries:
    hits = search(q, limit=3)
    best = max(hits["args"], key=len)
    page = fetch(best)
    notes[q] = {"best": best, "score": page["score"] + hits["score"]}
try:
    fail("quota")
except ValueError as e:
    notes["error"] = str(e)
print(json.dumps(notes, sort_keys=True))
len(notes)
