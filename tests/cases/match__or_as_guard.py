# === or-patterns, as-patterns and guards ===
def grade(score):
    match score:
        case 100:
            return "perfect"
        case int(s) | float(s) if s >= 90:
            return "A"
        case int(s) | float(s) if 80 <= s < 90:
            return "B"
        case int() | float() as s if s < 0:
            return f"invalid {s}"
        case int() | float():
            return "C or below"
        case _:
            return "not a score"


print([grade(s) for s in [100, 95, 90.5, 85, 79, -3, "A"]])

# === alternatives binding the same names in different positions ===
def pair(v):
    match v:
        case (x, 0) | (0, x):
            return f"one side is zero, other {x}"
        case [x, y] | {"x": x, "y": y}:
            return f"x={x} y={y}"
    return "no"


print(pair((5, 0)), pair((0, 6)), pair([1, 2]), pair({"x": 3, "y": 4}), pair({"x": 1}))

# === as-patterns bind the whole and the parts ===
match [1, [2, 3]]:
    case [int() as first, [_, _] as inner] as whole:
        print(first, inner, whole)

match {"user": {"name": "ann", "roles": ["admin", "dev"]}}:
    case {"user": {"name": str() as name, "roles": [*_] as roles}}:
        print(name, roles)

# === guards see the captures; a failing guard tries the next case ===
def bucket(v):
    match v:
        case [x, y] if x > y:
            return "descending"
        case [x, y] if x < y:
            return "ascending"
        case [x, y]:
            return "flat"
        case x if isinstance(x, int) and x % 2 == 0:
            return "even int"
        case x:
            return f"other {x!r}"


print([bucket(v) for v in [[2, 1], [1, 2], [1, 1], 4, 5, "s"]])

# === guards run only after the pattern matched, and can have side effects ===
log = []


def noted(tag, result):
    log.append(tag)
    return result


match (1, 2):
    case (1, x) if noted("first guard", False):
        pass
    case (3, x) if noted("never evaluated", True):
        pass
    case (_, x) if noted("second guard", True):
        print("matched with x =", x)
print(log)

# === wildcard in the last case only; or-patterns of literals ===
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 | 307 | 308:
            return "redirect"
        case 400 | 401 | 403 | 404:
            return "client error"
        case _:
            return "something else"


print([http(s) for s in [200, 204, 302, 404, 500]])

# === match inside loops: break, continue and return in case bodies ===
def first_error(messages):
    seen = 0
    for msg in messages:
        match msg:
            case {"level": "debug"}:
                continue
            case {"level": "error", "text": text}:
                return seen, text
            case {"level": "stop"}:
                break
        seen += 1
    return seen, None


print(first_error([{"level": "info"}, {"level": "debug"}, {"level": "error", "text": "disk"}]))
print(first_error([{"level": "info"}, {"level": "stop"}, {"level": "error", "text": "late"}]))

# === match inside try and with blocks, nested match ===
class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("ctx exit")
        return False


def risky(v):
    with Ctx():
        try:
            match v:
                case [a, b]:
                    return a / b
                case {"nested": inner}:
                    match inner:
                        case [*items]:
                            return sum(items)
                        case _:
                            return None
        except ZeroDivisionError:
            return "division by zero"


print(risky([1, 2]), risky([1, 0]), risky({"nested": [1, 2, 3]}), risky({"nested": 5}), risky(7))
