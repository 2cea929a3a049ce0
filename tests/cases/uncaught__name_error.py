# === caught NameError first ===
try:
    print(undefined_one)
except NameError as e:
    print("caught:", e)

# === defined names work ===
alpha = 1
beta = alpha + 1
print(alpha, beta)

def use_gamma():
    return gamma * 2

# === uncaught NameError from inside function ===
print(use_gamma())
