# === fixed length, list and tuple syntax match any sequence ===
def shape(v):
    match v:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case (a, b):
            return f"two: {a}, {b}"
        case [a, b, c]:
            return f"three: {a} {b} {c}"
        case _:
            return "many or not a sequence"


for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], range(3), range(5), "ab", b"ab", {1: 2}, {1, 2}, 5, None]:
    print(repr(v), "->", shape(v))

# === starred sub-patterns ===
def parts(v):
    match v:
        case [first, *middle, last]:
            return first, middle, last
        case [*only]:
            return "only", only


print(parts([1]), parts([1, 2]), parts([1, 2, 3, 4]), parts((5, 6, 7)), parts([]))


def head_tail(v):
    match v:
        case [head, *tail]:
            return head, tail
    return None


print(head_tail("abc"), head_tail([9]), head_tail(range(3)))


def ends(v):
    match v:
        case [*_, "end"]:
            return "ends with end"
        case ["start", *_]:
            return "starts with start"
        case [*_]:
            return "some sequence"


print(ends(["a", "end"]), ends(["start", "x"]), ends(["start", "end"]), ends([]), ends("end"))

# === nested sequences and mixed sub-patterns ===
def nested(v):
    match v:
        case [(x1, y1), (x2, y2)]:
            return f"segment {x1},{y1} -> {x2},{y2}"
        case [[_, _], *rest] if rest:
            return f"pair then {len(rest)} more"
        case [int(n), str(s)]:
            return f"int {n} and str {s}"
        case [[]]:
            return "list holding an empty list"
    return "no match"


print(nested([(0, 0), (1, 1)]))
print(nested([[1, 2], 3, 4]))
print(nested([3, "x"]))
print(nested([[]]))
print(nested([[1, 2]]))

# === str and bytes are not sequences for matching ===
for v in ["xy", b"xy", bytes(2)]:
    match v:
        case [a, b]:
            print("sequence", a, b)
        case _:
            print("not a sequence", repr(v))

# === deque is a sequence ===
from collections import deque

match deque([1, 2, 3]):
    case [1, *rest]:
        print("deque rest", rest)

# === a command parser ===
def command(text):
    match text.split():
        case []:
            return "nothing"
        case ["quit" | "exit"]:
            return "bye"
        case ["look"]:
            return "you look around"
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return "taking " + " and ".join(items)
        case ["take"]:
            return "take what?"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for line in ["", "quit", "exit", "look", "go north", "take key lamp", "take", "dance wildly"]:
    print(repr(line), "->", command(line))
