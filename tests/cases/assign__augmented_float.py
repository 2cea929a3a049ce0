# === float augmented ===
f = 1.5
f += 2.25
print("+=", f)
f -= 0.75
print("-=", f)
f *= 2
print("*=", f)
f /= 4
print("/=", f)
f //= 0.5
print("//=", f)
f = 7.5
f %= 2
print("%=", f)
f **= 2
print("**=", f)

# === int promoted to float ===
x = 3
x += 0.5
print(x, type(x).__name__)
x = 10
x /= 5
print(x, type(x).__name__)

# === negative float modulo ===
g = -7.5
g %= 2
print(g)
g = 7.5
g //= -2
print(g)

# === float division error ===
h = 1.0
try:
    h /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(h)

try:
    h //= 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
