# === private names are mangled with the class name ===
class Account:
    def __init__(self, owner, pin):
        self.owner = owner
        self.__pin = pin

    def check(self, pin):
        return pin == self.__pin

    def __secret(self):
        return "hidden"

    def reveal(self):
        return self.__secret()


a = Account("ann", 1234)
print(a.check(1234), a.check(1), a.reveal(), sorted(vars(a)))
print(a._Account__pin, hasattr(a, "__pin"), hasattr(a, "_Account__secret"))
try:
    a.__pin
except AttributeError as e:
    print("AttributeError:", e)

# === subclasses do not clash with the parent's private names ===
class Base:
    def __init__(self):
        self.__token = "base"

    def base_token(self):
        return self.__token


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__token = "child"

    def child_token(self):
        return self.__token


c = Child()
print(c.base_token(), c.child_token(), sorted(vars(c)))

# === dunder names are never mangled ===
class D:
    def __init__(self):
        self.__dict_like__ = 1


print(vars(D()))

# === class annotations ===
class Config:
    name: str
    retries: int = 3
    ratio: float = 0.5
    tags: list = []

    def show(self):
        return f"{self.retries} {self.ratio}"


print(Config.__annotations__, Config.retries, Config().show(), hasattr(Config, "name"))
print(list(Config.__annotations__), [t.__name__ for t in Config.__annotations__.values()])


class NoAnnotations:
    x = 1


print(hasattr(NoAnnotations, "__annotations__") and NoAnnotations.__annotations__ == {})
