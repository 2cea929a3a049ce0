# === tasks with dependencies (from a planning tool) ===
tasks = {
    "deploy": ["build", "test"],
    "build": ["fetch"],
    "test": ["build"],
    "fetch": [],
    "notify": ["deploy"],
    "lint": ["fetch"],
}

# === topological order via DFS ===
order = []
state = {}

def visit(name, path):
    if state.get(name) == "done":
        return
    if state.get(name) == "visiting":
        raise ValueError("cycle: " + " -> ".join(path + [name]))
    state[name] = "visiting"
    for dep in tasks.get(name, []):
        visit(dep, path + [name])
    state[name] = "done"
    order.append(name)

for t in sorted(tasks):
    visit(t, [])
print("order:", order)

# === verify dependencies come first ===
position = {t: i for i, t in enumerate(order)}
for t, deps in tasks.items():
    for d in deps:
        assert position[d] < position[t], f"{d} before {t}"
print("order verified")

# === levels (parallel stages) ===
level = {}
for t in order:
    level[t] = 1 + max((level[d] for d in tasks[t]), default=-1)
stages = {}
for t, lv in level.items():
    stages.setdefault(lv, []).append(t)
for lv in sorted(stages):
    print(f"stage {lv}: {', '.join(sorted(stages[lv]))}")

# === cycle detection ===
tasks["fetch"] = ["notify"]
state = {}
order = []
try:
    visit("notify", [])
except ValueError as e:
    print("error:", e)
