# === UnboundLocalError message ===
total = 5

def use_before_assign():
    total += 1
    return total

try:
    use_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)

# === catching as NameError ===
def f():
    print(value)
    value = 1

try:
    f()
except NameError as e:
    print("as NameError:", type(e).__name__, e)

# === isinstance / issubclass ===
try:
    f()
except Exception as e:
    print(isinstance(e, UnboundLocalError), isinstance(e, NameError), issubclass(UnboundLocalError, NameError))

# === branch-dependent binding ===
def pick(flag):
    if flag:
        result = "yes"
    return result

print(pick(True))
try:
    pick(False)
except UnboundLocalError as e:
    print(e)

# === fix with global ===
def fixed():
    global total
    total += 1
    return total

print(fixed(), total)

# === except-variable after block ===
def after_except():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    return err

try:
    after_except()
except UnboundLocalError as e:
    print(e)
