# === counter works with global ===
counter = 0

def good():
    global counter
    counter += 1
    return counter

print(good(), good())

def bad():
    counter += 1
    return counter

# === uncaught UnboundLocalError ===
bad()
