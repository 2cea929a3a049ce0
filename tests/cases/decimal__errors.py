import decimal
from decimal import Decimal as D, getcontext, localcontext, InvalidOperation, DivisionByZero

def attempt(thunk):
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: D('abc'))
attempt(lambda: D('1.2.3'))
attempt(lambda: D(''))
attempt(lambda: D('1e'))
attempt(lambda: D('1 2'))
attempt(lambda: D(1) / 0)
attempt(lambda: D(0) / 0)
attempt(lambda: D(1) // 0)
attempt(lambda: D(1) % 0)
attempt(lambda: D(0) % 0)
attempt(lambda: D(-1).sqrt())
attempt(lambda: D('1.2345').quantize(D('1e-30')))
attempt(lambda: D('1E+30') // D('0.1'))
attempt(lambda: D('1e999999') * 10)
attempt(lambda: D(0) ** 0)
attempt(lambda: D(0) ** -1)
attempt(lambda: D('sNaN') + 1)
attempt(lambda: D('NaN') + 1)
attempt(lambda: D('Infinity') - D('Infinity'))
attempt(lambda: D('Infinity') * 0)
attempt(lambda: D(1) + 1.5)
attempt(lambda: 1.5 + D(1))
attempt(lambda: D(1) * 2.0)
attempt(lambda: D([1]))
attempt(lambda: D(1.5, 2))
attempt(lambda: D((0, (1, 2), 'x')))
attempt(lambda: D((0, (1, 2))))
attempt(lambda: D((2, (1,), 0)))
attempt(lambda: D((0, (10,), 0)))
attempt(lambda: hash(D('sNaN')))
attempt(lambda: int(D('NaN')))
attempt(lambda: int(D('-Inf')))
attempt(lambda: round(D('NaN')))
attempt(lambda: round(D('Inf')))
attempt(lambda: D('NaN').as_integer_ratio())
attempt(lambda: D('Inf').as_integer_ratio())
attempt(lambda: float(D('sNaN')))
attempt(lambda: setattr(getcontext(), 'prec', 0))
attempt(lambda: setattr(getcontext(), 'rounding', 'ROUND_SIDEWAYS'))
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(decimal.DivisionUndefined, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
print(issubclass(decimal.Overflow, decimal.Inexact), issubclass(decimal.FloatOperation, TypeError), issubclass(decimal.DecimalException, ArithmeticError))
try:
    D(5) / 0
except ZeroDivisionError as e:
    print('caught', type(e).__name__)
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    ctx.traps[InvalidOperation] = False
    print(D(1) / 0, D(-1) / 0, D(0) / 0, D('abc'), D(-4).sqrt(), ctx.flags[DivisionByZero], ctx.flags[InvalidOperation])
    ctx.clear_flags()
    print(ctx.flags[DivisionByZero])
