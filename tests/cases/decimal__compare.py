from decimal import Decimal as D, InvalidOperation, getcontext

print(D('1.0') == D(1), D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(1) != D(2), D('1E+2') == 100, D('-0') == D(0))
print(D('1.5') < D(2), D('1.5') > 1, D(2) >= D('2.00'), D('-1') <= D('-1.0'), D('0.1') < 0.2, 1 < D('1.01'), D('1E+2') > D('99.9'))
print(D('NaN') == D('NaN'), D('NaN') != D(1), D('Infinity') > D('1E+999'), D('-Infinity') < -10**100, D('Infinity') == D('Infinity'))
print(sorted([D('3.1'), D('-2'), D('0.5'), 1, D('1E+1'), D('-Infinity')]), max(D('1.5'), D('2.25')), min([D('0.3'), D('0.25')]))
print(D(1).compare(D(2)), D(2).compare(D(2)), D(3).compare(D('2.9')), D('NaN').compare(D(1)), D(2).max(D(3)), D(2).min(D('-1')))
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('2.675'), 2), round(D('123.456'), -1), round(D('0.5')), type(round(D('1.5'))).__name__, type(round(D('1.55'), 1)).__name__)
import math
print(math.floor(D('-1.5')), math.ceil(D('-1.5')), math.trunc(D('-1.5')), math.floor(D('2.7')), math.ceil(D('2.1')), math.floor(D(5)))
from fractions import Fraction
print(D('0.5') == Fraction(1, 2), D('0.25') < Fraction(1, 3), Fraction(1, 2) == D('0.5'))
try:
    D(1) < D('NaN')
except InvalidOperation as e:
    print(type(e).__name__, e)
print(D(1) == 'x', D(1) != None)
try:
    D(1) < 'x'
except TypeError as e:
    print(type(e).__name__)
