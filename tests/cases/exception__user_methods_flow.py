# === exceptions raised from methods propagate through frames ===
class Validator:
    class Invalid(Exception):
        def __init__(self, field, value):
            super().__init__(f"invalid {field}: {value!r}")
            self.field = field

    def __init__(self, rules):
        self.rules = rules

    def check(self, record):
        for field, rule in self.rules.items():
            if not rule(record.get(field)):
                raise self.Invalid(field, record.get(field))
        return True


v = Validator({"age": lambda a: isinstance(a, int) and a >= 0, "name": bool})
for rec in [{"age": 3, "name": "x"}, {"age": -1, "name": "y"}, {"age": 5, "name": ""}]:
    try:
        print(v.check(rec))
    except Validator.Invalid as e:
        print(type(e).__name__, e.field, e)

print(Validator.Invalid.__qualname__)

# === exceptions in __init__ ===
class Strict:
    def __init__(self, x):
        if x < 0:
            raise ValueError("negative")
        self.x = x


try:
    Strict(-1)
except ValueError as e:
    print("ValueError:", e)
print(Strict(2).x)

# === exceptions in dunder methods surface unchanged ===
class Touchy:
    def __eq__(self, other):
        raise RuntimeError("no comparisons")

    def __len__(self):
        raise KeyError("no len")

    def __repr__(self):
        raise ValueError("no repr")


for f in (lambda: Touchy() == 1, lambda: len(Touchy()), lambda: repr(Touchy()), lambda: [Touchy()] == [Touchy()], lambda: str([Touchy()])):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

# === error inside __exit__ cleanup with user exceptions and retries ===
class Retry(Exception):
    pass


def attempt(n, log):
    if n < 2:
        raise Retry(f"attempt {n}")
    return "ok"


log = []
for n in range(4):
    try:
        result = attempt(n, log)
    except Retry as e:
        log.append(str(e))
        continue
    else:
        log.append(result)
        break
print(log)
