import decimal
from decimal import Decimal as D, Context, getcontext, setcontext, localcontext

print(decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP)
ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp)
print(Context(prec=5, rounding=decimal.ROUND_DOWN))
print(Context())
for mode in ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']:
    out = []
    for s in ['2.5', '-2.5', '2.51', '-2.49', '3.5', '1.05', '0.15', '2.0', '5.1']:
        out.append(str(D(s).quantize(D('1.'), rounding=getattr(decimal, mode)) if '.' in s and s.endswith('5') is False else D(s).quantize(D('0.1'), rounding=mode)))
        out.append(str(D(s).quantize(D('1'), rounding=mode)))
    print(mode, ' '.join(out))
old = getcontext()
new = Context(prec=6, rounding=decimal.ROUND_HALF_UP)
setcontext(new)
print(D(2) / D(3), getcontext().prec, getcontext() is new)
setcontext(old)
print(D(2) / D(3), getcontext() is old)
with localcontext(Context(prec=3)) as c:
    print(D('1.2345') + 0, c.prec, getcontext().prec)
print(getcontext().prec)
c = Context(prec=4)
print(c.add(D('1.23456'), 1), c.multiply(D(3), D('0.333333')), c.divide(D(1), D(3)), c.sqrt(D(2)), c.create_decimal('3.14159'), c.quantize(D('1.005'), D('0.01')))
print(c.power(D(2), 20), c.subtract(D(1), D('0.00001')), c.plus(D('1.23456')), c.minus(D('1.23456')), c.abs(D('-1.5')))
c2 = c.copy()
c2.prec = 10
print(c.prec, c2.prec, c.Etiny(), c.Etop())
with localcontext() as lc:
    lc.prec = 50
    print(D(1) / D(7))
    lc.prec = 2
    print(D(1) / D(7), D(123) + 0, D(150) * 1)
with localcontext() as lc:
    lc.Emax = 5
    lc.traps[decimal.Overflow] = False
    print(D(999999) * 10, D(-1) * D('1e10'))
    lc.rounding = decimal.ROUND_DOWN
    print(D(999999) * 10)
