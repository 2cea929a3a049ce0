from decimal import Decimal, getcontext
import decimal

for s in ['0', '1', '-1', '1.50', '  12.5e3 ', '1_000.25', '.5', '5.', '-0', '0.000', '1E+2', '1e-7', '123456789012345678901234567890.123', '-0E-3',
          'NaN', '-nan', 'sNaN', 'NaN123', 'Inf', '-Infinity', 'infinity', '0.000001', '0.0000001', '1234E-10', '1E6', '12.34E+3', '1e-6', '0E+2']:
    d = Decimal(s)
    print(repr(s), str(d), repr(d))
print(Decimal(), Decimal(5), Decimal(-12345678901234567890123456789012345), Decimal(True))
print(Decimal(0.1), Decimal(2.5), Decimal(-0.0), Decimal(1e20), Decimal(float('inf')), Decimal(float('nan')), Decimal(3.0))
print(Decimal.from_float(0.5), Decimal.from_float(7), Decimal(Decimal('1.20')))
print(Decimal((0, (1, 2, 3), -2)), Decimal((1, (0,), 2)), Decimal((0, (), 0)), Decimal([1, (4, 5), 'F']), Decimal((0, (1,), 'n')))
for s in ['1.20', '-0.000', 'Infinity', 'NaN', '-sNaN7', '1E+3', '120']:
    d = Decimal(s)
    print(s, d.as_tuple(), d.adjusted(), d.is_nan(), d.is_infinite(), d.is_signed(), d.is_zero(), d.is_finite(), d.is_snan(), d.is_qnan())
t = Decimal('-3.14').as_tuple()
print(t.sign, t.digits, t.exponent, t[0], tuple(t), t == (1, (3, 1, 4), -2))
print(Decimal('-2.5').copy_abs(), Decimal('2.5').copy_negate(), Decimal('-0').copy_negate(), Decimal('3').copy_sign(Decimal('-1')))
print(Decimal('1.25').as_integer_ratio(), Decimal('-100').as_integer_ratio(), Decimal('0.0').as_integer_ratio(), Decimal('3E+2').as_integer_ratio())
print(int(Decimal('12.9')), int(Decimal('-12.9')), int(Decimal('1E+3')), float(Decimal('0.1')), float(Decimal('-1.5E-7')), float(Decimal('NaN')), float(Decimal('-Inf')))
print(bool(Decimal(0)), bool(Decimal('0.00')), bool(Decimal('0.01')), bool(Decimal('NaN')))
print(hash(Decimal(5)) == hash(5), hash(Decimal('1.000')) == hash(1), hash(Decimal('0.5')) == hash(0.5), hash(Decimal('-2.25')) == hash(-2.25), hash(Decimal('1E+30')) == hash(10**30))
print(hash(Decimal('0.1')), hash(Decimal('Infinity')), hash(Decimal('-Infinity')), hash(Decimal('-1')))
print(type(Decimal(1)).__name__, isinstance(Decimal(1), Decimal), str(Decimal('1.0')) == '1.0')
print({Decimal('1.0'): 'a'}[1], Decimal('2') in {2}, Decimal('0.5') in [0.5])
