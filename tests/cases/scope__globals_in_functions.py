# === reading module globals ===
RATE = 0.2
NAMES = ["ann", "bob"]

def tax(amount):
    return amount * RATE

print(tax(100))

# === global changes visible at call time ===
RATE = 0.5
print(tax(100))

# === mutating a global container without global statement ===
def add_name(n):
    NAMES.append(n)

add_name("cy")
print(NAMES)

# === function defined before global exists ===
def late_reader():
    return LATE_GLOBAL

try:
    late_reader()
except NameError as e:
    print(type(e).__name__, e)
LATE_GLOBAL = "now exists"
print(late_reader())

# === functions calling functions defined later ===
def caller():
    return callee() + "!"

def callee():
    return "callee"

print(caller())

# === global deleted ===
TEMP = 1
def read_temp():
    return TEMP

print(read_temp())
del TEMP
try:
    read_temp()
except NameError as e:
    print(type(e).__name__, e)
