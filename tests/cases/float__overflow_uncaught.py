# === growing values ===
x = 10.0
for i in range(4):
    print(x)
    x = x ** 3
print(x)
y = x ** 200
print(y)
