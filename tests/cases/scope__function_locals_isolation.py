# === each call gets fresh locals ===
def make_list(n):
    result = []
    for i in range(n):
        result.append(i)
    return result

a = make_list(2)
b = make_list(3)
print(a, b, a is b)

# === recursion has separate frames ===
def depth_list(n):
    local = [n]
    if n > 0:
        inner = depth_list(n - 1)
        local.extend(inner)
    return local

print(depth_list(4))

# === locals not visible to callees ===
def caller():
    secret = "hidden"
    return callee()

def callee():
    try:
        return secret
    except NameError as e:
        return f"{type(e).__name__}: {e}"

print(caller())

# === parameters are local bindings ===
def rebind(lst):
    lst = [99]
    return lst

orig = [1, 2]
print(rebind(orig), orig)

def mutate(lst):
    lst.append(99)

mutate(orig)
print(orig)

# === local variable names don't leak ===
def temp():
    temp_local = 5
    return temp_local

temp()
try:
    temp_local
except NameError as e:
    print(type(e).__name__, e)
