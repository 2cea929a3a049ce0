# === handled case also runs finally ===
try:
    try:
        raise TypeError("handled input")
    finally:
        print("cleanup (handled case)")
except TypeError as e:
    print("caught:", e)

# === finally runs before exception escapes ===
def work():
    try:
        print("working")
        raise TypeError("unsupported input")
    finally:
        print("cleanup done")

# === uncaught TypeError after finally output ===
work()
