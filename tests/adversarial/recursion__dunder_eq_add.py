# expect: ok
# stdout: eq RecursionError
# stdout: add RecursionError
# stdout: hash RecursionError
# stdout: init RecursionError
# Operators that call themselves end in RecursionError, which the program can catch.
class Eq:
    def __eq__(self, other):
        return self == other

    def __add__(self, other):
        return self + other

    def __hash__(self):
        return hash(self)


class Init:
    def __init__(self):
        Init()


for name, f in [("eq", lambda: Eq() == 1), ("add", lambda: Eq() + 1), ("hash", lambda: hash(Eq())), ("init", lambda: Init())]:
    try:
        f()
    except RecursionError:
        print(name, "RecursionError")
