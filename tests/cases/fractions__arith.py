from fractions import Fraction as F
import math

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, a // 2, 7 % a, a % 2, divmod(7, a), divmod(a, 2))
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 / a, a - 0.25, 0.25 - a, a // 0.3, 0.3 % a, divmod(a, 0.5), divmod(2.0, a))
print(a ** 2, a ** -2, b ** 3, b ** -3, F(0) ** 0, a ** 0, 2 ** F(3), 2 ** F(-2), 4 ** F(1, 2), a ** 0.5, 2.0 ** a, a ** F(1, 2))
print(-a, +b, abs(b), int(b), int(F(7, 2)), math.trunc(b), math.floor(b), math.ceil(b), math.floor(a), math.ceil(a))
print(float(F(1, 3)), float(F(10**400 + 1, 10**399)), float(F(-2, 7)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3)), round(F(2, 3)), round(F(12345, 100), 1), round(F(12355, 1000), 2), round(F(1234567, 1), -2), round(F(-15, 1), -1))
print(type(round(F(5, 2))).__name__, type(round(F(5, 2), 1)).__name__, type(a // b).__name__, type(a + 0.5).__name__)
print(sum([F(1, n) for n in range(1, 11)]), sum([F(1, 3)] * 3, F(0)))
x = F(1)
for i in range(5):
    x = x / 3 + F(1, 7)
print(x)
print(F(10**30, 3) * F(3, 10**29), F(2, 3) ** 100 > F(1, 10**18))
