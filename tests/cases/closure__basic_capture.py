# === closure captures enclosing variable ===
def make_greeter(greeting):
    def greet(name):
        return f"{greeting}, {name}"
    return greet

hello = make_greeter("Hello")
hola = make_greeter("Hola")
print(hello("Ann"), "|", hola("Bob"))

# === closure sees later changes in enclosing scope ===
def outer():
    value = "first"
    def show():
        return value
    value = "second"
    return show

print(outer()())

# === independent closures ===
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))

# === closure over mutable container ===
def make_logger():
    entries = []
    def log(msg):
        entries.append(msg)
        return len(entries)
    def dump():
        return list(entries)
    return log, dump

log, dump = make_logger()
log("a")
log("b")
print(dump())
log2, dump2 = make_logger()
log2("z")
print(dump(), dump2())

# === closure captures parameter default ===
def make_pow(exp=2):
    return lambda b: b ** exp

print(make_pow()(5), make_pow(3)(2))
