# === class pattern errors are TypeErrors at run time ===
def attempt(label, f):
    try:
        f()
        print(label, "matched or not, no error")
    except TypeError as e:
        print(label, "TypeError:", e)


def not_a_type():
    match 1:
        case len():
            pass


attempt("call of a non-type", not_a_type)


class ListArgs:
    __match_args__ = ["x"]


def list_match_args():
    match ListArgs():
        case ListArgs(y):
            pass


attempt("list __match_args__", list_match_args)


class One:
    __match_args__ = ("x",)
    x = 1


def too_many():
    match One():
        case One(1, 2):
            pass


attempt("too many positional", too_many)


class IntArgs:
    __match_args__ = (1,)


def int_args():
    match IntArgs():
        case IntArgs(y):
            pass


attempt("non-str __match_args__", int_args)


class NoArgs:
    pass


def no_args():
    match NoArgs():
        case NoArgs(y):
            pass


attempt("no __match_args__", no_args)


def builtin_two():
    match 5:
        case int(a, b):
            pass


attempt("int with two", builtin_two)


def repeated():
    match One():
        case One(y, x=1):
            pass


attempt("positional and keyword for the same attribute", repeated)


def no_error_when_not_instance():
    match "text":
        case One(1, 2, 3):
            pass


attempt("subject not an instance", no_error_when_not_instance)

# === errors raised by the subject, a guard or a value pattern propagate ===
def guard_fails():
    match [1]:
        case [x] if x / 0:
            pass


try:
    guard_fails()
except ZeroDivisionError as e:
    print("guard raised:", e)

# === an uncaught error from a class pattern ===
match 3:
    case str(a, b):
        pass
