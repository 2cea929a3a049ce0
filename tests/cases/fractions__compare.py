from fractions import Fraction as F

print(F(1, 2) == F(2, 4), F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2) == 2, F(2, 1) == 2.0, 2 == F(4, 2), F(1, 2) != F(1, 3))
print(F(1, 2) < F(2, 3), F(1, 2) <= 0.5, F(1, 2) > 0, 1 > F(1, 2), 0.3 < F(1, 3), F(-1, 2) >= -1)
nan, inf = float('nan'), float('inf')
print(F(1) == nan, F(1) < nan, F(1) > nan, F(1) <= nan, F(1) < inf, F(1) > -inf, F(10**400) < inf, F(1) == inf)
print(hash(F(4, 2)) == hash(2), hash(F(1, 2)) == hash(0.5), hash(F(-3)) == hash(-3), hash(F(1, 3)), hash(F(-1)), hash(F(2**61 - 1, 3)))
print(hash(F(5, 2**61 - 1)), hash(F(-7, 10)) == -hash(F(7, 10)))
d = {F(1, 2): 'half', 2: 'two'}
print(d[0.5], d[F(2)], F(1, 2) in {0.5}, F(3) in [1, 2, 3])
print(F(1, 2) == 'x', F(1, 2) != None)
try:
    F(1, 2) < 'x'
except TypeError as e:
    print(type(e).__name__, e)
