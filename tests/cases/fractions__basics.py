from fractions import Fraction
import math

print(Fraction(3, 4), Fraction(6, -8), repr(Fraction(-10, 4)), Fraction(5), Fraction())
for s in ['3/4', ' -1.5 ', '1e-2', '+7', '2.5E3', '.5', '5.', '1_000/3', '-0', '1.2_5e+1_0', '\t10/4\n']:
    f = Fraction(s)
    print(repr(s), f, f.numerator, f.denominator)
print(Fraction(0.1), Fraction(2.5), Fraction(-0.0), Fraction(1e20))
print(Fraction(Fraction(1, 3), Fraction(2, 5)), Fraction(3, Fraction(1, 2)), Fraction(True), Fraction(False, 3))
print(Fraction.from_float(0.25), Fraction.from_float(3), Fraction(7, 3).as_integer_ratio())
f = Fraction(22, 7)
print(f.numerator, f.denominator, f.real, f.imag, f.conjugate(), str(Fraction(8, 4)))
print(Fraction(math.pi).limit_denominator(), Fraction(math.pi).limit_denominator(100), Fraction(3, 7).limit_denominator(10))
print(Fraction(1, 3).limit_denominator(1), Fraction(5, 2).limit_denominator(1), Fraction(-7, 3).limit_denominator(2))
print(Fraction('3.1415926535897932').limit_denominator(1000), Fraction(1, 10**30 + 7).limit_denominator(10**6))
print(bool(Fraction(0)), bool(Fraction(1, 9)), f"{Fraction(1, 3)}", format(Fraction(2, 3), ''))
print(sorted([Fraction(1, 2), Fraction(1, 3), 0.4, 1, Fraction(-1, 9)]))
print(max(Fraction(1, 2), Fraction(2, 3)), min(Fraction(1, 2), 0.25))
