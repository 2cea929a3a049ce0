# === local shadows global ===
value = "global"

def shadow():
    value = "local"
    return value

print(shadow(), value)

# === parameter shadows global ===
def param(value):
    return value * 2

print(param(3), value)

# === loop variable in function is local ===
i = "global i"
def loop():
    for i in range(3):
        pass
    return i

print(loop(), i)

# === comprehension in function doesn't touch global ===
x = "gx"
def comp():
    return [x for x in range(2)]

print(comp(), x)

# === nested shadowing ===
name = "module"
def outer():
    name = "outer"
    def inner():
        name = "inner"
        return name
    return inner(), name

print(outer(), name)

# === except variable in function doesn't affect global ===
err = "global err"
def catcher():
    try:
        raise ValueError("v")
    except ValueError as err:
        return str(err)

print(catcher(), err)

# === same name for function and variable ===
def thing():
    return "function"

result = thing()
thing = "now a string"
print(result, thing)
