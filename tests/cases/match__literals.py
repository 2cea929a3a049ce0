# === numbers, strings, bytes, negative numbers ===
def classify(v):
    match v:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case "":
            return "empty string"
        case "yes" | "y" | "true":
            return "affirmative"
        case b"\x00":
            return "nul byte"
        case _:
            return "other"


for v in [0, 1, -1, 2.5, -0.5, "", "yes", "y", "no", b"\x00", 3, 1.0, 0.0, "0", [0]]:
    print(repr(v), classify(v))

# === None, True and False match by identity ===
def kind(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "value"


for v in [None, True, False, 1, 0, 1.0, 0.0, "", [], "True"]:
    print(repr(v), kind(v))

# === an int literal matches an equal bool or float (==), not the other way for singletons ===
def one(v):
    match v:
        case 1:
            return "equals 1"
    return "no"


print(one(True), one(1.0), one(1), one("1"))

# === value patterns: dotted names compare with == ===
class Status:
    OK = 200
    NOT_FOUND = 404
    ERROR = 500


class Config:
    class Limits:
        MAX = 10


def status(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case Config.Limits.MAX:
            return "max"
        case other:
            return f"unexpected {other}"


print([status(c) for c in [200, 404, 10, 500]])

# === the subject is evaluated once; no case may match ===
calls = []


def subject():
    calls.append(1)
    return 3


match subject():
    case 1:
        print("one")
    case 2:
        print("two")
print("no case matched", len(calls))

# === a capture in the last case binds the subject ===
match "anything":
    case "other":
        pass
    case captured:
        print("captured", captured)

# === a tuple subject without parentheses ===
x, y = 1, 2
match x, y:
    case 1, 2:
        print("tuple subject")
    case _:
        print("no")
