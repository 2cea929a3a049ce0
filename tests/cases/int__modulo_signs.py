# === result takes the sign of the divisor ===
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(10 % 5, -10 % 5, 0 % 7, 0 % -7)
assert -7 % 3 == 2, "neg mod pos"
assert 7 % -3 == -2, "pos mod neg"
assert -7 % -3 == -1, "neg mod neg"

# === typical uses ===
for i in range(-5, 6):
    print(i, i % 4, i % -4)

# === even/odd checks with negatives ===
evens = [n for n in range(-6, 7) if n % 2 == 0]
print(evens)

# === big ints ===
big = 2 ** 100
print(big % 97, (-big) % 97, big % -97)
print(big % (2 ** 64), (big + 12345) % (2 ** 64))
