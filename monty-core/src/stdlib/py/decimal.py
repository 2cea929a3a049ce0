"""Decimal floating point: Monty's own `decimal` module.

A finite Decimal is (sign, coefficient, exponent) on Python ints: the value is
(-1)**sign * coefficient * 10**exponent. Infinities and NaNs keep their kind in
the exponent slot ('F', 'n' quiet NaN, 'N' signaling NaN), as CPython's
`as_tuple()` reports them. Each operation computes exactly, then rounds once
to the context's precision, so results match CPython digit for digit.
"""

import math

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

_HASH_MODULUS = 2305843009213693951
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# the order CPython lists signals in a context's repr
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal, Underflow]


class DecimalTuple:
    """(sign, digits, exponent), as `Decimal.as_tuple()` returns it."""

    def __init__(self, sign, digits, exponent):
        self.sign = sign
        self.digits = digits
        self.exponent = exponent

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % (self.sign, self.digits, self.exponent)

    def __iter__(self):
        return iter((self.sign, self.digits, self.exponent))

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return (self.sign, self.digits, self.exponent)[i]

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash((self.sign, self.digits, self.exponent))


def _ndigits(c):
    return len(str(c)) if c else 1


def _digit_run(s):
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    for ch in s:
        if ch not in '0123456789_':
            return False
    return True


def _make(sign, coef, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    return d


def _parse(text):
    """(sign, coefficient, exponent) of a numeric string, or None when malformed."""
    s = text.strip()
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return (sign, 0, 'F')
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload == '':
                return (sign, 0, kind)
            if not _digit_run(payload) or '_' in payload:
                return None
            return (sign, int(payload), kind)
    mantissa, exp = s, 0
    for mark in ('e', 'E'):
        if mark in s:
            mantissa, _, exp_text = s.partition(mark)
            digits = exp_text[1:] if exp_text[:1] in ('+', '-') else exp_text
            if not _digit_run(digits):
                return None
            exp = int(exp_text)
            break
    whole, _, frac = mantissa.partition('.')
    if whole and not _digit_run(whole):
        return None
    if frac and not _digit_run(frac):
        return None
    if not whole and not frac:
        return None
    frac = frac.replace('_', '')
    return (sign, int((whole or '0').replace('_', '') + frac), exp - len(frac))


def _rounds_up(sign, q, rest_vs_half, rest_nonzero, rounding):
    """Whether dropping digits (leaving q) rounds away from zero."""
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return rest_nonzero
    if rounding == ROUND_HALF_UP:
        return rest_vs_half >= 0
    if rounding == ROUND_HALF_DOWN:
        return rest_vs_half > 0
    if rounding == ROUND_HALF_EVEN:
        return rest_vs_half > 0 or (rest_vs_half == 0 and q % 2 == 1)
    if rounding == ROUND_CEILING:
        return rest_nonzero and sign == 0
    if rounding == ROUND_FLOOR:
        return rest_nonzero and sign == 1
    return rest_nonzero and q % 5 == 0


def _drop(sign, coef, n, rounding):
    """coef with its n lowest digits dropped and rounded: (new coef, inexact)."""
    if n <= 0:
        return coef, False
    if n > _ndigits(coef) + 1:
        q, nonzero, vs_half = 0, coef != 0, -1
    else:
        p = 10 ** n
        q, r = divmod(coef, p)
        half = p // 2
        nonzero = r != 0
        vs_half = (r > half) - (r < half)
    if _rounds_up(sign, q, vs_half, nonzero, rounding):
        q += 1
    return q, nonzero


class Context:
    """Precision, rounding and exponent limits, with the flags raised and the signals trapped."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None):
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        self.flags = {s: False for s in _SIGNALS}
        if flags is not None:
            for s in (flags if not isinstance(flags, dict) else [k for k, v in flags.items() if v]):
                self.flags[s] = True
        self.traps = {s: False for s in _SIGNALS}
        if traps is None:
            for s in (InvalidOperation, DivisionByZero, Overflow):
                self.traps[s] = True
        else:
            for s in (traps if not isinstance(traps, dict) else [k for k, v in traps.items() if v]):
                self.traps[s] = True

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError(
                'valid values for rounding are:\n'
                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                '   ROUND_05UP]'
            )
        self._rounding = value

    def Etiny(self):
        return self.Emin - self._prec + 1

    def Etop(self):
        return self.Emax - self._prec + 1

    def copy(self):
        c = Context(self._prec, self._rounding, self.Emin, self.Emax, self.capitals, self.clamp)
        c.flags = dict(self.flags)
        c.traps = dict(self.traps)
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _SIGNALS if self.flags[s])
        traps = ', '.join(s.__name__ for s in _SIGNALS if self.traps[s])
        return 'Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])' % (
            self._prec, self._rounding, self.Emin, self.Emax, self.capitals, self.clamp, flags, traps)

    def _signal(self, signal, condition=None):
        """Record signal in the flags; raise it when trapped."""
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal([condition or signal])

    def create_decimal(self, num='0'):
        d = num if isinstance(num, Decimal) else Decimal(num)
        if d._exp in ('n', 'N'):
            return d
        return _fix(d, self)

    def create_decimal_from_float(self, f):
        return _fix(Decimal.from_float(f), self)

    def abs(self, a):
        return _to_dec(a).__abs__(self)

    def plus(self, a):
        return _to_dec(a).__pos__(self)

    def minus(self, a):
        return _to_dec(a).__neg__(self)

    def add(self, a, b):
        return _add(_to_dec(a), _to_dec(b), self, False)

    def subtract(self, a, b):
        return _add(_to_dec(a), _to_dec(b), self, True)

    def multiply(self, a, b):
        return _mul(_to_dec(a), _to_dec(b), self)

    def divide(self, a, b):
        return _div(_to_dec(a), _to_dec(b), self)

    def divide_int(self, a, b):
        return _divmod(_to_dec(a), _to_dec(b), self, 'div')[0]

    def remainder(self, a, b):
        return _divmod(_to_dec(a), _to_dec(b), self, 'mod')[1]

    def divmod(self, a, b):
        return _divmod(_to_dec(a), _to_dec(b), self)

    def power(self, a, b):
        return _pow(_to_dec(a), _to_dec(b), self)

    def sqrt(self, a):
        return _to_dec(a).sqrt(self)

    def quantize(self, a, b):
        return _to_dec(a).quantize(_to_dec(b), context=self)

    def compare(self, a, b):
        return _to_dec(a).compare(_to_dec(b), self)

    def to_integral_value(self, a):
        return _to_dec(a).to_integral_value(context=self)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current = [DefaultContext.copy()]


def getcontext():
    """The current context."""
    return _current[0]


def setcontext(context):
    """Make context the current context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx, kwargs):
        self._ctx = ctx
        self._kwargs = kwargs

    def __enter__(self):
        self._saved = getcontext()
        new = (self._saved if self._ctx is None else self._ctx).copy()
        for key, value in self._kwargs.items():
            if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
            setattr(new, key, value)
        setcontext(new)
        return new

    def __exit__(self, *exc):
        setcontext(self._saved)
        return False


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block with a copy of ctx (or the current context)."""
    return _LocalContext(ctx, kwargs)


def _to_dec(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError('conversion from %s to Decimal is not supported' % type(x).__name__)


_NO_FLOAT = (float, str, bytes, list, tuple, dict, set, type(None))


def _operand(other, op, reflected, self):
    """other as a Decimal for a binary operator, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, _NO_FLOAT):
        left, right = ('decimal.Decimal', type(other).__name__)
        if reflected:
            left, right = right, left
        raise TypeError('unsupported operand type(s) for %s: %r and %r' % (op, left, right))
    return NotImplemented


def _fix(d, ctx):
    """d rounded to the context's precision and exponent range, raising flags."""
    if isinstance(d._exp, str):
        return d
    sign, coef, exp = d._sign, d._coef, d._exp
    prec = ctx._prec
    etiny = ctx.Emin - prec + 1
    if coef == 0:
        if exp > ctx.Emax:
            ctx._signal(Clamped)
            return _make(sign, 0, ctx.Emax)
        if exp < etiny:
            ctx._signal(Clamped)
            return _make(sign, 0, etiny)
        return d
    n = _ndigits(coef)
    adjusted = exp + n - 1
    if adjusted < ctx.Emin:
        # subnormal: keep digits down to Etiny only
        if exp < etiny:
            c, inexact = _drop(sign, coef, etiny - exp, ctx._rounding)
            ctx._signal(Subnormal)
            ctx._signal(Rounded)
            if inexact:
                ctx._signal(Inexact)
                ctx._signal(Underflow)
            if c == 0:
                ctx._signal(Clamped)
            return _make(sign, c, etiny)
        ctx._signal(Subnormal)
        return d
    if n > prec:
        coef, inexact = _drop(sign, coef, n - prec, ctx._rounding)
        exp += n - prec
        if _ndigits(coef) > prec:
            coef //= 10
            exp += 1
        if inexact:
            ctx._signal(Inexact)
        ctx._signal(Rounded)
        adjusted = exp + prec - 1
    if adjusted > ctx.Emax:
        ctx.flags[Inexact] = True
        ctx.flags[Rounded] = True
        r = ctx._rounding
        if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
            result = _make(sign, 0, 'F')
        else:
            result = _make(sign, 10 ** prec - 1, ctx.Emax - prec + 1)
        ctx._signal(Overflow)
        return result
    return _make(sign, coef, exp)


def _nan_result(a, b, ctx):
    """The NaN an operation on a (and b) returns, or None when neither is a NaN."""
    for x in (a, b):
        if x is not None and x._exp == 'N':
            ctx._signal(InvalidOperation)
            return _make(x._sign, x._coef, 'n')
    for x in (a, b):
        if x is not None and x._exp == 'n':
            return x
    return None


def _invalid(ctx, condition=None):
    ctx._signal(InvalidOperation, condition)
    return _make(0, 0, 'n')


def _add(a, b, ctx, negate):
    bsign = b._sign ^ 1 if negate else b._sign
    if isinstance(a._exp, str) or isinstance(b._exp, str):
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != bsign:
                return _invalid(ctx)
            return a
        return _make(bsign, 0, 'F')
    exp = min(a._exp, b._exp)
    if a._coef == 0 or b._coef == 0:
        if a._coef == 0 and b._coef == 0:
            if ctx._rounding == ROUND_FLOOR:
                sign = a._sign | bsign
            else:
                sign = a._sign & bsign
            return _fix(_make(sign, 0, exp), ctx)
        sign, coef, e = (bsign, b._coef, b._exp) if a._coef == 0 else (a._sign, a._coef, a._exp)
        room = ctx._prec - _ndigits(coef)
        if e - exp > room:
            exp = e - max(room, 0)
        return _fix(_make(sign, coef * 10 ** (e - exp), exp), ctx)
    # an operand wholly below the other's precision counts only as a sticky digit
    sa, ca, ea, sb, cb, eb = a._sign, a._coef, a._exp, bsign, b._coef, b._exp
    top_a, top_b = ea + _ndigits(ca), eb + _ndigits(cb)
    if top_a >= top_b:
        floor = min(ea, top_a - 1 - ctx._prec) - 2
        if top_b - 1 < floor:
            cb, eb = 1, floor
    else:
        floor = min(eb, top_b - 1 - ctx._prec) - 2
        if top_a - 1 < floor:
            ca, ea = 1, floor
    exp = min(ea, eb)
    x = ca * 10 ** (ea - exp)
    y = cb * 10 ** (eb - exp)
    total = (-x if sa else x) + (-y if sb else y)
    if total == 0:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _fix(_make(sign, 0, exp), ctx)
    return _fix(_make(1 if total < 0 else 0, abs(total), exp), ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if isinstance(a._exp, str) or isinstance(b._exp, str):
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if (a._exp == 'F' and b._coef == 0 and b._exp != 'F') or (b._exp == 'F' and a._coef == 0 and a._exp != 'F'):
            return _invalid(ctx)
        return _make(sign, 0, 'F')
    return _fix(_make(sign, a._coef * b._coef, a._exp + b._exp), ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if isinstance(a._exp, str) or isinstance(b._exp, str):
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(ctx)
            return _make(sign, 0, 'F')
        ctx._signal(Clamped)
        return _make(sign, 0, ctx.Emin - ctx._prec + 1)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(ctx, DivisionUndefined)
        ctx._signal(DivisionByZero)
        return _make(sign, 0, 'F')
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _fix(_make(sign, 0, ideal), ctx)
    shift = _ndigits(b._coef) - _ndigits(a._coef) + ctx._prec + 1
    if shift >= 0:
        q, r = divmod(a._coef * 10 ** shift, b._coef)
    else:
        q, r = divmod(a._coef, b._coef * 10 ** -shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(_make(sign, q, exp), ctx)


def _divmod(a, b, ctx, mode='both'):
    """(a // b, a % b) with the quotient truncated toward zero, as the spec's divide-integer and remainder."""
    sign = a._sign ^ b._sign
    if isinstance(a._exp, str) or isinstance(b._exp, str):
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return (nan, nan)
        if a._exp == 'F':
            bad = _invalid(ctx)
            return (bad, bad)
        return (_make(sign, 0, 0), _fix(a, ctx))
    if b._coef == 0:
        if a._coef == 0:
            bad = _invalid(ctx, DivisionUndefined)
            return (bad, bad)
        if mode == 'div':
            ctx._signal(DivisionByZero)
        elif mode == 'mod':
            ctx._signal(InvalidOperation)
        else:
            ctx.flags[InvalidOperation] = True
            ctx.flags[DivisionByZero] = True
            trapped = [c for c in (InvalidOperation, DivisionByZero) if ctx.traps[c]]
            if trapped:
                raise trapped[0](trapped)
        return (_make(sign, 0, 'F'), _make(0, 0, 'n'))
    exp = min(a._exp, b._exp)
    if a._coef and (a._exp + _ndigits(a._coef)) - (b._exp + _ndigits(b._coef)) > ctx._prec:
        bad = _invalid(ctx, DivisionImpossible)
        return (bad, bad)
    if a._coef == 0 or a.adjusted() < b.adjusted():
        rem = _make(a._sign, a._coef * 10 ** (a._exp - exp), exp)
        return (_make(sign, 0, 0), _fix(rem, ctx))
    x = a._coef * 10 ** (a._exp - exp)
    y = b._coef * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    if _ndigits(q) > ctx._prec:
        bad = _invalid(ctx, DivisionImpossible)
        return (bad, bad)
    return (_make(sign, q, 0), _fix(_make(a._sign, r, exp), ctx))


def _pow(a, b, ctx):
    if isinstance(a._exp, str) or isinstance(b._exp, str):
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
    if not b._is_integral():
        raise NotImplementedError('Decimal powers with a non-integer exponent are not supported yet')
    n = int(b)
    sign = a._sign if n % 2 else 0
    if a._exp == 'F':
        if n == 0:
            return _make(0, 1, 0)
        return _make(sign, 0, 'F') if n > 0 else _make(sign, 0, 0)
    if a._coef == 0:
        if n == 0:
            return _invalid(ctx)
        if n < 0:
            return _make(sign, 0, 'F')
        return _make(sign, 0, 0)
    if n == 0:
        return _fix(_make(0, 1, 0), ctx)
    m = abs(n)
    # the result's adjusted exponent is about m * adjusted(a): settle overflow and underflow early
    size = a._exp + _ndigits(a._coef)
    if m > 10 and (size - 1) * m > 2 * (ctx.Emax + ctx._prec + 10) and size > 1:
        if n > 0:
            return _fix(_make(sign, 1, ctx.Emax + 1), ctx)
        return _fix(_make(sign, 1, ctx.Emin - ctx._prec - 2), ctx)
    if m > 10 and size <= 0 and -size * m > 2 * (ctx.Emax + ctx._prec + 10):
        if n < 0:
            return _fix(_make(sign, 1, ctx.Emax + 1), ctx)
        return _fix(_make(sign, 1, ctx.Emin - ctx._prec - 2), ctx)
    # as CPython (libmpdec): square-and-multiply from the top bit, each product
    # rounded half-even to prec + digits(n) + 2 digits, then one final rounding
    work = Context(ctx._prec + len(str(m)) + 2 + (1 if n < 0 else 0), ROUND_HALF_EVEN, ctx.Emin, ctx.Emax)
    work.traps = {s: False for s in _SIGNALS}
    base = _make(a._sign, a._coef, a._exp)
    if n < 0:
        base = _div(_make(0, 1, 0), base, work)
    result = base
    bit = 1 << (m.bit_length() - 1)
    while bit > 1:
        bit >>= 1
        result = _mul(result, result, work)
        if m & bit:
            result = _mul(result, base, work)
        if isinstance(result._exp, str) or (result._coef == 0 and work.flags[Clamped]):
            break
    for flag in (InvalidOperation, DivisionByZero):
        if work.flags[flag]:
            ctx._signal(flag)
    if result._exp == 'F':
        return _fix(_make(sign, 1, ctx.Emax + 1), ctx)
    return _fix(_make(sign, result._coef, result._exp), ctx)


def _step(d, ctx, direction):
    """The finite d moved one unit in the last place (of the context) up or down."""
    prec = ctx._prec
    etiny = ctx.Emin - prec + 1
    if d._coef == 0:
        return _make(0 if direction > 0 else 1, 1, etiny)
    toward = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    saved = ctx._rounding
    saved_flags = dict(ctx.flags)
    ctx._rounding = toward
    try:
        r = _fix(d, ctx)
    finally:
        ctx._rounding = saved
        ctx.flags.update(saved_flags)
    if _compare(r, d) != 0:
        return r
    c, e = r._coef, r._exp
    k = min(prec - _ndigits(c), e - etiny)
    if k > 0:
        c, e = c * 10 ** k, e - k
    # moving away from zero grows the coefficient; toward zero shrinks it
    grow = (direction > 0) == (r._sign == 0)
    if grow:
        c += 1
        if _ndigits(c) > prec:
            c, e = c // 10, e + 1
    else:
        c -= 1
        if c and _ndigits(c) < prec and e > etiny:
            c, e = c * 10 + 9, e - 1
        if c == 0:
            return _make(r._sign, 0, e)
    return _make(r._sign, c, e)


class Decimal:
    """A decimal floating point number, exact where it can be, else rounded by the context."""

    def __init__(self, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context or getcontext()
                ctx._signal(InvalidOperation, ConversionSyntax)
                parsed = (0, 0, 'n')
            self._sign, self._coef, self._exp = parsed
        elif isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._coef = abs(int(value))
            self._exp = 0
        elif isinstance(value, Decimal):
            self._sign, self._coef, self._exp = value._sign, value._coef, value._exp
        elif isinstance(value, float):
            d = Decimal.from_float(value)
            self._sign, self._coef, self._exp = d._sign, d._coef, d._exp
        elif isinstance(value, (tuple, list)):
            self._sign, self._coef, self._exp = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if math.isnan(f):
            return _make(0, 0, 'n')
        sign = 1 if math.copysign(1.0, f) < 0 else 0
        if math.isinf(f):
            return _make(sign, 0, 'F')
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return _make(sign, n * 5 ** k, -k)

    # predicates and parts

    def _is_integral(self):
        if isinstance(self._exp, str):
            return False
        if self._exp >= 0 or self._coef == 0:
            return True
        return self._coef % 10 ** -self._exp == 0

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not isinstance(self._exp, str)

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not isinstance(self._exp, str) and self._coef == 0

    def adjusted(self):
        if isinstance(self._exp, str):
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def as_tuple(self):
        if self._exp == 'F':
            digits = (0,)
        elif isinstance(self._exp, str) and self._coef == 0:
            digits = ()
        else:
            digits = tuple(int(ch) for ch in str(self._coef))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if isinstance(self._exp, str):
            raise ValueError('cannot convert NaN to integer ratio')
        n, d = self._coef, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n, d)

    def copy_abs(self):
        return _make(0, self._coef, self._exp)

    def copy_negate(self):
        return _make(self._sign ^ 1, self._coef, self._exp)

    def copy_sign(self, other, context=None):
        return _make(_to_dec(other)._sign, self._coef, self._exp)

    def canonical(self):
        return self

    # conversions

    def __repr__(self):
        return "Decimal('%s')" % self

    def __str__(self):
        return self.to_sci_string()

    def to_sci_string(self, context=None):
        sign = '-' if self._sign else ''
        if self._exp == 'F':
            return sign + 'Infinity'
        if isinstance(self._exp, str):
            kind = 'sNaN' if self._exp == 'N' else 'NaN'
            return sign + kind + (str(self._coef) if self._coef else '')
        digits = str(self._coef)
        left = self._exp + len(digits)
        if self._exp <= 0 and left > -6:
            dot = left
        else:
            dot = 1
        if dot <= 0:
            body = '0.' + '0' * -dot + digits
        elif dot >= len(digits):
            body = digits + '0' * (dot - len(digits))
        else:
            body = digits[:dot] + '.' + digits[dot:]
        if left != dot:
            e = left - dot
            body += 'E' + ('+' if e > 0 else '-') + str(abs(e))
        return sign + body

    def __int__(self):
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if isinstance(self._exp, str):
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._coef * 10 ** self._exp
        else:
            v = self._coef // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._exp == 'N':
            raise ValueError('cannot convert signaling NaN to float')
        if self._exp == 'n':
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __bool__(self):
        return isinstance(self._exp, str) or self._coef != 0

    def __hash__(self):
        if self._exp == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._exp == 'n':
            return 0
        if self._exp == 'F':
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._coef * scale % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # rounding to an exponent

    def _rescale(self, exp, rounding):
        """self with exponent exp (rounded, or padded with zeros); no flags."""
        if self._exp >= exp:
            return _make(self._sign, self._coef * 10 ** (self._exp - exp), exp)
        c, _ = _drop(self._sign, self._coef, exp - self._exp, rounding)
        return _make(self._sign, c, exp)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded (or padded) to the exponent of exp."""
        ctx = context or getcontext()
        exp = _to_dec(exp)
        rounding = rounding or ctx._rounding
        if isinstance(self._exp, str) or isinstance(exp._exp, str):
            nan = _nan_result(self, exp, ctx)
            if nan is not None:
                return nan
            if self._exp == 'F' and exp._exp == 'F':
                return self
            return _invalid(ctx)
        target = exp._exp
        if not ctx.Emin - ctx._prec + 1 <= target <= ctx.Emax:
            return _invalid(ctx)
        if self._coef == 0:
            return _make(self._sign, 0, target)
        if self._exp > target and _ndigits(self._coef) + self._exp - target > ctx._prec:
            return _invalid(ctx)
        result = self._rescale(target, rounding)
        if _ndigits(result._coef) > ctx._prec:
            return _invalid(ctx)
        if result._exp > self._exp:
            if result._coef * 10 ** (result._exp - self._exp) != self._coef:
                ctx._signal(Inexact)
            ctx._signal(Rounded)
        return result

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer value (exponent 0 unless already non-negative)."""
        ctx = context or getcontext()
        if isinstance(self._exp, str):
            nan = _nan_result(self, None, ctx)
            return self if nan is None else nan
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx._rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        result = self.to_integral_value(rounding, ctx)
        if result is not self and not isinstance(self._exp, str):
            if result != self:
                ctx._signal(Inexact)
            ctx._signal(Rounded)
        return result

    def normalize(self, context=None):
        """self rounded to the context and stripped of trailing zeros."""
        ctx = context or getcontext()
        if isinstance(self._exp, str):
            nan = _nan_result(self, None, ctx)
            return self if nan is None else nan
        d = _fix(self, ctx)
        if isinstance(d._exp, str):
            return d
        if d._coef == 0:
            return _make(d._sign, 0, 0)
        c, e = d._coef, d._exp
        while c % 10 == 0 and e < ctx.Emax:
            c //= 10
            e += 1
        return _make(d._sign, c, e)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_make(0, 1, -n))
        if isinstance(self._exp, str):
            return int(self)
        return int(self._rescale(0, ROUND_HALF_EVEN)) if self._exp < 0 else int(self)

    def __floor__(self):
        if isinstance(self._exp, str):
            return int(self)
        return int(self._rescale(0, ROUND_FLOOR)) if self._exp < 0 else int(self)

    def __ceil__(self):
        if isinstance(self._exp, str):
            return int(self)
        return int(self._rescale(0, ROUND_CEILING)) if self._exp < 0 else int(self)

    def sqrt(self, context=None):
        """The square root, correctly rounded (half even) to the context's precision."""
        ctx = context or getcontext()
        if isinstance(self._exp, str):
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return _invalid(ctx)
            return self
        if self._coef == 0:
            return _make(self._sign, 0, self._exp // 2)
        if self._sign:
            return _invalid(ctx)
        c, e = self._coef, self._exp
        ideal = e // 2
        if e % 2:
            c *= 10
            e -= 1
        k = ctx._prec + 2 - (_ndigits(c) + 1) // 2
        if k >= 0:
            scaled, rem = c * 10 ** (2 * k), 0
        else:
            scaled, rem = divmod(c, 10 ** (-2 * k))
        r = math.isqrt(scaled)
        exp = e // 2 - k
        if rem or r * r != scaled:
            if r % 5 == 0:
                r += 1
        else:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        saved = ctx._rounding
        ctx._rounding = ROUND_HALF_EVEN
        try:
            return _fix(_make(0, r, exp), ctx)
        finally:
            ctx._rounding = saved

    def next_plus(self, context=None):
        """The smallest number representable in the context that is larger than self."""
        ctx = context or getcontext()
        if isinstance(self._exp, str):
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if self._sign:
                return _make(1, 10 ** ctx._prec - 1, ctx.Emax - ctx._prec + 1)
            return self
        return _step(self, ctx, 1)

    def next_minus(self, context=None):
        """The largest number representable in the context that is smaller than self."""
        ctx = context or getcontext()
        if isinstance(self._exp, str):
            nan = _nan_result(self, None, ctx)
            if nan is not None:
                return nan
            if not self._sign:
                return _make(0, 10 ** ctx._prec - 1, ctx.Emax - ctx._prec + 1)
            return self
        return _step(self, ctx, -1)

    # unary operators round to the context, as CPython's do

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if isinstance(self._exp, str):
            nan = _nan_result(self, None, ctx)
            return self if nan is None else nan
        if self._coef == 0 and ctx._rounding != ROUND_FLOOR:
            return _fix(_make(0, 0, self._exp), ctx)
        return _fix(self, ctx)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if isinstance(self._exp, str):
            nan = _nan_result(self, None, ctx)
            return _make(self._sign ^ 1, 0, 'F') if nan is None else nan
        if self._coef == 0 and ctx._rounding != ROUND_FLOOR:
            return _fix(_make(0, 0, self._exp), ctx)
        return _fix(_make(self._sign ^ 1, self._coef, self._exp), ctx)

    def __abs__(self, context=None):
        ctx = context or getcontext()
        if isinstance(self._exp, str):
            nan = _nan_result(self, None, ctx)
            return _make(0, 0, 'F') if nan is None else nan
        return _fix(_make(0, self._coef, self._exp), ctx)

    # binary operators

    def __add__(self, other):
        o = _operand(other, '+', False, self)
        return o if o is NotImplemented else _add(self, o, getcontext(), False)

    def __radd__(self, other):
        o = _operand(other, '+', True, self)
        return o if o is NotImplemented else _add(o, self, getcontext(), False)

    def __sub__(self, other):
        o = _operand(other, '-', False, self)
        return o if o is NotImplemented else _add(self, o, getcontext(), True)

    def __rsub__(self, other):
        o = _operand(other, '-', True, self)
        return o if o is NotImplemented else _add(o, self, getcontext(), True)

    def __mul__(self, other):
        o = _operand(other, '*', False, self)
        return o if o is NotImplemented else _mul(self, o, getcontext())

    def __rmul__(self, other):
        o = _operand(other, '*', True, self)
        return o if o is NotImplemented else _mul(o, self, getcontext())

    def __truediv__(self, other):
        o = _operand(other, '/', False, self)
        return o if o is NotImplemented else _div(self, o, getcontext())

    def __rtruediv__(self, other):
        o = _operand(other, '/', True, self)
        return o if o is NotImplemented else _div(o, self, getcontext())

    def __floordiv__(self, other):
        o = _operand(other, '//', False, self)
        return o if o is NotImplemented else _divmod(self, o, getcontext(), 'div')[0]

    def __rfloordiv__(self, other):
        o = _operand(other, '//', True, self)
        return o if o is NotImplemented else _divmod(o, self, getcontext(), 'div')[0]

    def __mod__(self, other):
        o = _operand(other, '%', False, self)
        return o if o is NotImplemented else _divmod(self, o, getcontext(), 'mod')[1]

    def __rmod__(self, other):
        o = _operand(other, '%', True, self)
        return o if o is NotImplemented else _divmod(o, self, getcontext(), 'mod')[1]

    def __divmod__(self, other):
        o = _operand(other, 'divmod()', False, self)
        return o if o is NotImplemented else _divmod(self, o, getcontext())

    def __rdivmod__(self, other):
        o = _operand(other, 'divmod()', True, self)
        return o if o is NotImplemented else _divmod(o, self, getcontext())

    def __pow__(self, other, modulo=None):
        o = _operand(other, '** or pow()', False, self)
        return o if o is NotImplemented else _pow(self, o, getcontext())

    def __rpow__(self, other):
        o = _operand(other, '** or pow()', True, self)
        return o if o is NotImplemented else _pow(o, self, getcontext())

    # comparisons

    def compare(self, other, context=None):
        """Decimal('-1'), Decimal('0') or Decimal('1'); a NaN when either is a NaN."""
        ctx = context or getcontext()
        other = _to_dec(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        c = _compare(self, other)
        return _make(1 if c < 0 else 0, abs(c), 0)

    def max(self, other, context=None):
        other = _to_dec(other)
        return _fix(other if _compare(other, self) > 0 else self, context or getcontext())

    def min(self, other, context=None):
        other = _to_dec(other)
        return _fix(other if _compare(other, self) < 0 else self, context or getcontext())

    def __eq__(self, other):
        o = _comparable(other, False)
        if o is NotImplemented:
            return o
        if self.is_nan() or o.is_nan():
            return False
        return _compare_exact(self, o, other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        c = _ordering(self, other)
        return c if c is NotImplemented or c is None else c < 0

    def __le__(self, other):
        c = _ordering(self, other)
        return c if c is NotImplemented or c is None else c <= 0

    def __gt__(self, other):
        c = _ordering(self, other)
        return c if c is NotImplemented or c is None else c > 0

    def __ge__(self, other):
        c = _ordering(self, other)
        return c if c is NotImplemented or c is None else c >= 0

    def __format__(self, spec):
        return _format(self, spec)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        if exp == 'F':
            return (sign, 0, 'F')
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    coef = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + digit
    return (sign, coef, exp)


def _compare(a, b):
    """-1, 0 or 1 for non-NaN Decimals a and b."""
    if a._exp == 'F' or b._exp == 'F':
        va = 0 if a._exp != 'F' else (-1 if a._sign else 1)
        vb = 0 if b._exp != 'F' else (-1 if b._sign else 1)
        if va != vb:
            return (va > vb) - (va < vb)
        if va:
            return 0
    if a._coef == 0 and b._coef == 0:
        return 0
    if a._coef == 0:
        return 1 if b._sign else -1
    if b._coef == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    adj_a, adj_b = a.adjusted(), b.adjusted()
    if adj_a != adj_b:
        return flip if adj_a > adj_b else -flip
    exp = min(a._exp, b._exp)
    x = a._coef * 10 ** (a._exp - exp)
    y = b._coef * 10 ** (b._exp - exp)
    return flip * ((x > y) - (x < y))


def _is_fraction(x):
    return type(x).__name__ == 'Fraction' and hasattr(x, 'denominator')


def _comparable(other, ordering):
    """other as a Decimal for comparing (floats and Fractions exactly), or NotImplemented."""
    if not ordering and isinstance(other, complex) and other.imag == 0:
        other = other.real
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, float):
        if ordering:
            getcontext()._signal(FloatOperation)
        else:
            getcontext().flags[FloatOperation] = True
        return Decimal.from_float(other)
    if _is_fraction(other):
        return _FRACTION_MARK
    return NotImplemented


_FRACTION_MARK = _make(0, 0, 0)


def _compare_exact(a, o, other):
    if o is _FRACTION_MARK:
        if isinstance(a._exp, str):
            return 1 if a._sign == 0 else -1
        n, d = a.as_integer_ratio()
        x, y = n * other.denominator, d * other.numerator
        return (x > y) - (x < y)
    return _compare(a, o)


def _ordering(a, other):
    o = _comparable(other, True)
    if o is NotImplemented:
        return o
    if a.is_nan() or (o is not _FRACTION_MARK and o.is_nan()):
        getcontext()._signal(InvalidOperation)
        return None
    return _compare_exact(a, o, other)


def _format(d, spec):
    """format(d, spec): fill, align, sign, width, grouping, precision and e/f/g/% types."""
    fill, align, sign_mode, zero, width, comma, prec, kind, alt = ' ', None, '-', False, 0, '', None, None, False
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align, i = spec[0], 1
    if spec[i:i + 1] in ('+', '-', ' ') and spec[i:i + 1]:
        sign_mode = spec[i]
        i += 1
    if spec[i:i + 1] == 'z':
        i += 1
    if spec[i:i + 1] == '#':
        alt = True
        i += 1
    if spec[i:i + 1] == '0':
        zero = True
        i += 1
    start = i
    while spec[i:i + 1].isdigit():
        i += 1
    if i > start:
        width = int(spec[start:i])
    if spec[i:i + 1] == ',':
        comma = spec[i]
        i += 1
    if spec[i:i + 1] == '.':
        i += 1
        start = i
        while spec[i:i + 1].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        prec = int(spec[start:i])
    if i < len(spec):
        kind = spec[i]
        i += 1
    if i != len(spec) or (kind is not None and kind not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if zero and align is None:
        fill, align = '0', '='
    if align is None:
        align = '>'
    ctx = getcontext()
    sign = '-' if d._sign else ('+' if sign_mode == '+' else (' ' if sign_mode == ' ' else ''))
    if isinstance(d._exp, str):
        body = 'Infinity' if d._exp == 'F' else ('sNaN' if d._exp == 'N' else 'NaN')
        if kind == '%':
            body += '%'
        return _pad(sign, body, fill, align, width)
    if kind is None:
        kind = 'G' if ctx.capitals else 'g'
    elif kind == 'n':
        kind = 'g'
    if kind == '%':
        d = _make(d._sign, d._coef, d._exp + 2)
    rounding = ctx._rounding
    if prec is not None:
        if kind in 'eE':
            d = _round_sig(d, prec + 1, rounding)
        elif kind in 'fF%':
            d = d._rescale(-prec, rounding)
        elif kind in 'gG':
            if prec == 0:
                prec = 1
            if _ndigits(d._coef) > prec:
                d = _round_sig(d, prec, rounding)
    if d._coef == 0 and d._exp > 0 and kind in 'fF%':
        d = _make(d._sign, 0, 0)
    digits = str(d._coef)
    left = d._exp + len(digits)
    if kind in 'eE':
        dot = 1 - prec if d._coef == 0 and prec is not None else 1
    elif kind in 'fF%':
        dot = left
    else:
        dot = left if d._exp <= 0 and left > -6 else 1
    if dot < 0:
        intpart, frac = '0', '0' * -dot + digits
    elif dot > len(digits):
        intpart, frac = digits + '0' * (dot - len(digits)), ''
    else:
        intpart, frac = digits[:dot] or '0', digits[dot:]
    exp = left - dot
    if comma:
        intpart = _group(intpart, comma, width - len(sign) - (len(frac) + 1 if frac or alt else 0) if fill == '0' and align == '=' else 0)
    body = intpart
    if frac or alt:
        body += '.' + frac
    if exp != 0 or kind in 'eE':
        echar = 'E' if kind in 'EG' else 'e'
        body += '%s%s%d' % (echar, '+' if exp >= 0 else '-', abs(exp))
    if kind == '%':
        body += '%'
    return _pad(sign, body, fill, align, width)


def _round_sig(d, places, rounding):
    """Nonzero d rounded (or padded) to places significant digits."""
    if d._coef == 0:
        return d
    r = d._rescale(d.adjusted() + 1 - places, rounding)
    if r.adjusted() != d.adjusted():
        r = r._rescale(r.adjusted() + 1 - places, rounding)
    return r


def _group(intpart, sep, min_width):
    groups = []
    while len(intpart) > 3:
        groups.append(intpart[-3:])
        intpart = intpart[:-3]
    groups.append(intpart)
    out = sep.join(reversed(groups))
    return out


def _pad(sign, body, fill, align, width):
    n = width - len(sign) - len(body)
    if n <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * n
    if align == '^':
        return fill * (n // 2) + sign + body + fill * (n - n // 2)
    if align == '=':
        return sign + fill * n + body
    return fill * n + sign + body


import numbers as _numbers
_numbers.Number.register(Decimal)
