"""Rational numbers: Monty's own `fractions` module, exact like CPython's."""

import math

_HASH_MODULUS = 2305843009213693951  # 2**61 - 1, the modulus of Python's numeric hash
_HASH_INF = 314159

__all__ = ['Fraction']


def _digit_run(s):
    """True when s is digits with single underscores between them (as int() reads)."""
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    for ch in s:
        if ch not in '0123456789_':
            return False
    return True


def _parse(text):
    """(numerator, denominator) for a Fraction literal, or None when malformed."""
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not (_digit_run(num) and _digit_run(den)):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for mark in ('e', 'E'):
        if mark in s:
            mantissa, _, exp_text = s.partition(mark)
            digits = exp_text[1:] if exp_text[:1] in ('+', '-') else exp_text
            if not _digit_run(digits):
                return None
            exp = int(exp_text)
            break
    whole, dot, frac = mantissa.partition('.')
    if whole and not _digit_run(whole):
        return None
    if frac and not _digit_run(frac):
        return None
    if not whole and not frac:
        return None
    numerator = int(whole) if whole else 0
    denominator = 1
    if frac:
        scale = 10 ** len(frac.replace("_", ""))
        numerator = numerator * scale + int(frac)
        denominator = scale
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


def _is_decimal(x):
    return type(x).__name__ == 'Decimal' and hasattr(x, 'as_integer_ratio')


class Fraction:
    """A rational number numerator/denominator, always in lowest terms."""

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            n1, d1 = _ratio(numerator)
            n2, d2 = _ratio(denominator)
            numerator, denominator = n1 * d2, n2 * d1
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f as a Fraction."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec as a Fraction."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # the two candidates bracketing self; take the nearer (the later one on a tie)
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, spec):
        if spec:
            raise TypeError('unsupported format string passed to %s.__format__' % type(self).__name__)
        return str(self)

    # arithmetic: each operator has an exact rule for Fraction/int operands and
    # falls back to float (or complex) arithmetic when the other operand is one

    def __add__(a, b):
        if isinstance(b, (Fraction, int)):
            return _add(a, b)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return _add(Fraction(a), b)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, (Fraction, int)):
            nb, db = _ratio(b)
            return _add(a, Fraction(-nb, db, _normalize=False))
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return _add(Fraction(a), -b)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, (Fraction, int)):
            return _mul(a, b)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, int):
            return _mul(Fraction(a), b)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, (Fraction, int)):
            return _div(a, b)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, int):
            return _div(Fraction(a), b)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, (Fraction, int)):
            nb, db = _ratio(b)
            return (a._numerator * db) // (a._denominator * nb)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, int):
            return (a * b._denominator) // b._numerator
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (Fraction, int)):
            return _mod(a, b)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, int):
            return _mod(Fraction(a), b)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (Fraction, int)):
            return _divmod(a, b)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, int):
            return _divmod(Fraction(a), b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, (Fraction, int)):
            nb, db = _ratio(b)
            if db == 1:
                if nb >= 0:
                    return Fraction(a._numerator ** nb, a._denominator ** nb, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -nb, a._numerator ** -nb, _normalize=False)
                return Fraction((-a._denominator) ** -nb, (-a._numerator) ** -nb, _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        d = self._denominator % _HASH_MODULUS
        if d == 0:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * pow(d, -1, _HASH_MODULUS))
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (Fraction, int)):
            nb, db = _ratio(b)
            return a._numerator == nb and a._denominator == db
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == Fraction(*b.as_integer_ratio())
        return NotImplemented

    def __lt__(a, b):
        c = _cmp(a, b)
        return c if c is NotImplemented else c < 0

    def __le__(a, b):
        c = _cmp(a, b)
        return c if c is NotImplemented else c <= 0

    def __gt__(a, b):
        c = _cmp(a, b)
        return c if c is NotImplemented else c > 0

    def __ge__(a, b):
        c = _cmp(a, b)
        return c if c is NotImplemented else c >= 0

    def __bool__(a):
        return a._numerator != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _ratio(x):
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return int(x), 1


def _cmp(a, b):
    """A number below, equal to or above zero as a < b, a == b, a > b; NotImplemented otherwise."""
    if isinstance(b, (Fraction, int)):
        nb, db = _ratio(b)
        x, y = a._numerator * db, a._denominator * nb
    elif isinstance(b, float):
        if math.isnan(b):
            return _NAN_ORDER
        if math.isinf(b):
            return -1 if b > 0 else 1
        nb, db = b.as_integer_ratio()
        x, y = a._numerator * db, a._denominator * nb
    else:
        return NotImplemented
    return (x > y) - (x < y)


class _Unordered:
    """Compares false with zero either way: the result of comparing with a NaN."""

    def __lt__(self, other):
        return False

    __le__ = __gt__ = __ge__ = __lt__


_NAN_ORDER = _Unordered()


def _add(a, b):
    na, da = a._numerator, a._denominator
    nb, db = _ratio(b)
    g = math.gcd(da, db)
    if g == 1:
        return Fraction(na * db + da * nb, da * db, _normalize=False)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return Fraction(t, s * db, _normalize=False)
    return Fraction(t // g2, s * (db // g2), _normalize=False)


def _mul(a, b):
    na, da = a._numerator, a._denominator
    nb, db = _ratio(b)
    g1 = math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return Fraction(na * nb, db * da, _normalize=False)


def _div(a, b):
    na, da = a._numerator, a._denominator
    nb, db = _ratio(b)
    g1 = math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    return Fraction(n, d, _normalize=False)


def _mod(a, b):
    nb, db = _ratio(b)
    da = a._denominator
    return Fraction((a._numerator * db) % (nb * da), da * db)


def _divmod(a, b):
    nb, db = _ratio(b)
    da = a._denominator
    q, r = divmod(a._numerator * db, da * nb)
    return q, Fraction(r, da * db)


import numbers as _numbers
_numbers.Rational.register(Fraction)
