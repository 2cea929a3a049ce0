# === an agent dispatching tool results with match ===
import json

results = [
    '{"tool": "search", "status": "ok", "hits": [{"title": "A", "score": 0.9}, {"title": "B", "score": 0.4}]}',
    '{"tool": "search", "status": "ok", "hits": []}',
    '{"tool": "weather", "status": "ok", "data": {"city": "Paris", "temp": 21.5, "unit": "C"}}',
    '{"tool": "weather", "status": "error", "error": {"code": 404, "message": "city not found"}}',
    '{"tool": "calc", "status": "ok", "value": 42}',
    '{"tool": "calc", "status": "ok", "value": "NaN"}',
    '{"status": "ok"}',
    '[1, 2, 3]',
]


def summarize(result):
    match result:
        case {"tool": "search", "status": "ok", "hits": []}:
            return "search: no results"
        case {"tool": "search", "status": "ok", "hits": [{"title": best}, *others]}:
            return f"search: best {best!r} (+{len(others)} more)"
        case {"tool": "weather", "status": "ok", "data": {"city": city, "temp": float(t) | int(t), "unit": "C" | "F" as unit}}:
            return f"weather: {city} {t}°{unit}"
        case {"tool": tool, "status": "error", "error": {"code": 400 | 404 as code, "message": msg}}:
            return f"{tool}: client error {code}: {msg}"
        case {"tool": tool, "status": "error"}:
            return f"{tool}: failed"
        case {"tool": "calc", "value": int(v) | float(v)}:
            return f"calc: {v}"
        case {"tool": str(tool), **rest}:
            return f"{tool}: unexpected payload {sorted(rest)}"
        case {"status": _}:
            return "anonymous result"
        case _:
            return f"not a tool result: {type(result).__name__}"


for raw in results:
    print(summarize(json.loads(raw)))

# === a tiny state machine for a conversation ===
def step(state, event):
    match state, event:
        case "idle", {"type": "user", "text": str(text)} if text.strip():
            return "thinking", f"got question {text!r}"
        case "idle", {"type": "user"}:
            return "idle", "ignored empty message"
        case "thinking", {"type": "tool_call", "name": name, "args": {**args}}:
            return "waiting", f"calling {name} with {sorted(args.items())}"
        case "waiting", {"type": "tool_result", "ok": True, "value": value}:
            return "thinking", f"tool returned {value}"
        case "waiting", {"type": "tool_result", "ok": False}:
            return "idle", "tool failed, giving up"
        case "thinking", {"type": "answer", "text": text}:
            return "idle", f"answer: {text}"
        case (state, {"type": kind}):
            return state, f"unexpected {kind} in {state}"
        case _:
            return state, "malformed event"


state = "idle"
events = [
    {"type": "user", "text": "   "},
    {"type": "user", "text": "weather in Paris?"},
    {"type": "tool_call", "name": "weather", "args": {"city": "Paris"}},
    {"type": "tool_result", "ok": True, "value": 21},
    {"type": "answer", "text": "21 degrees"},
    {"type": "answer", "text": "again"},
    "garbage",
]
for ev in events:
    state, note = step(state, ev)
    print(f"{state:9} {note}")

# === matching generator output ===
def tokens(text):
    for word in text.split():
        if word.isdigit():
            yield ("num", int(word))
        elif word in "+-*/":
            yield ("op", word)
        else:
            yield ("name", word)


def rpn(text):
    stack = []
    for tok in tokens(text):
        match tok, stack:
            case ("num", n), _:
                stack.append(n)
            case ("op", op), [*_, a, b]:
                stack.pop()
                stack.pop()
                match op:
                    case "+":
                        stack.append(a + b)
                    case "-":
                        stack.append(a - b)
                    case "*":
                        stack.append(a * b)
                    case "/":
                        stack.append(a // b)
            case ("op", op), _:
                return f"stack underflow at {op}"
            case ("name", name), _:
                return f"unknown token {name}"
    match stack:
        case [value]:
            return value
        case []:
            return "empty"
        case [*_, top]:
            return f"leftover values, top {top}"


for expr in ["3 4 + 2 *", "1 +", "5 x", "", "1 2", "10 3 /"]:
    print(repr(expr), "->", rpn(expr))
