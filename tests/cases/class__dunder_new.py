# === __new__ controls creation ===
class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance


a = Singleton()
b = Singleton()
print(a is b, a.created)

# === __new__ with arguments, then __init__ ===
class Tagged:
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj.tag = "new:" + str(value)
        return obj

    def __init__(self, value):
        self.value = value


t = Tagged(5)
print(t.tag, t.value)

# === __new__ returning something else skips __init__ ===
class Weird:
    def __new__(cls, x):
        return x * 2

    def __init__(self, x):
        print("never")


print(Weird(21))

# === object.__init__ refuses extra arguments ===
class E:
    def __init__(self, x):
        super().__init__(x)


try:
    E(1)
except TypeError as e:
    print("TypeError:", e)
