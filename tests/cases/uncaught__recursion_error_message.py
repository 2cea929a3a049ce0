# === bounded recursion works ===
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)

print(countdown(50))

# === unbounded recursion caught, then a different uncaught error ===
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("recursion error caught:", type(e).__name__)

raise OverflowError("value too large to process")
