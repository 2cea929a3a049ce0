# === custom __init__ storing fields ===
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason


try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print(e.status, e.reason, e.args, str(e), repr(e))

# === custom __str__ ===
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(str(e), repr(e), e.args, f"{e}")

# === __init__ that does not call super: args come from the call ===
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


e = NoSuper(2, 3)
print(e.args, e.total, str(e))

# === custom __repr__ ===
class Coded(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

    def __repr__(self):
        return f"Coded<{self.code}>"


print(repr(Coded(7)), str(Coded(7)), [Coded(1)])

# === Exception.__init__ called explicitly ===
class Explicit(Exception):
    def __init__(self, msg):
        Exception.__init__(self, "explicit: " + msg)


print(Explicit("hi"))

# === methods and class attributes on exceptions ===
class RateLimited(Exception):
    default_wait = 30

    def __init__(self, wait=None):
        self.wait = wait if wait is not None else self.default_wait
        super().__init__(f"retry in {self.wait}s")

    def should_retry(self):
        return self.wait < 60


for w in (None, 90):
    err = RateLimited(w)
    print(err, err.should_retry())

# === keyword arguments to an exception without __init__ ===
class Plain(Exception):
    pass


try:
    Plain(x=1)
except TypeError as e:
    print("TypeError:", e)
