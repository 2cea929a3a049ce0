# === finally runs before exception escapes ===
def work():
    try:
        print("working")
        raise TypeError("unsupported input")
    finally:
        print("cleanup done")

# === uncaught TypeError after finally output ===
work()
