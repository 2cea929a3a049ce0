from decimal import *
from fractions import *
from statistics import *

print(Decimal('1.10') + Decimal('2.205'), ROUND_HALF_UP, getcontext().prec, issubclass(DivisionByZero, DecimalException))
print(Fraction(3, 6), mean([Fraction(1, 2), Fraction(1, 4)]), median([3, 1, 2]), stdev([1, 2, 3, 4]))
with localcontext() as ctx:
    ctx.prec = 4
    print(Decimal(1) / Decimal(7), MAX_PREC, isinstance(ctx, Context))
try:
    mean([])
except StatisticsError as e:
    print(type(e).__name__, e)
