"""Statistics of numeric data: Monty's own `statistics` module.

Sums and squared deviations are computed exactly as fractions and converted
once at the end, as CPython does, so float results agree bit for bit.
"""

import math
from fractions import Fraction
from collections import Counter

__all__ = [
    'StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
    'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


def _is_decimal_type(t):
    return t.__name__ == 'Decimal' and t.__module__ == 'decimal'


def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _coerce(t, s):
    """The common type of the data types t and s, or TypeError."""
    if t is s:
        return t
    if s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("don't know how to coerce %s and %s" % (t.__name__, s.__name__))


def _common_type(types):
    t = int
    for s in types:
        t = _coerce(t, s)
    return t


def _sum(data):
    """(type, exact total, count) of the data."""
    count = 0
    types = []
    partials = {}
    for x in data:
        typ = type(x)
        if typ not in types:
            types.append(typ)
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = Fraction(0)
        for d, n in partials.items():
            total = total + Fraction(n, d)
    return (_common_type(types), total, count)


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count) of the data."""
    if c is not None:
        deviations = []
        for x in data:
            d = x - c
            deviations.append(d * d)
        t, ssd, count = _sum(deviations)
        return (t, ssd, c, count)
    count = 0
    types = []
    sx_partials = {}
    sxx_partials = {}
    for x in data:
        typ = type(x)
        if typ not in types:
            types.append(typ)
        n, d = _exact_ratio(x)
        count += 1
        sx_partials[d] = sx_partials.get(d, 0) + n
        sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = Fraction(0)
        for d, n in sx_partials.items():
            sx = sx + Fraction(n, d)
        sxx = Fraction(0)
        for d, n in sxx_partials.items():
            sxx = sxx + Fraction(n, d * d)
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    return (_common_type(types), ssd, c, count)


def _convert(value, t):
    """The exact value converted to the data's type t."""
    if type(value) is t:
        return value
    if issubclass(t, int) and value.denominator != 1:
        t = float
    try:
        return t(value)
    except TypeError:
        if _is_decimal_type(t):
            return t(value.numerator) / t(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def mean(data):
    """The arithmetic mean of the data, exact, in the data's type."""
    t, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, t)


def fmean(data, weights=None):
    """The arithmetic mean of the data as a float, optionally weighted."""
    values = list(data)
    n = len(values)
    if weights is None:
        total = math.fsum(values)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    weights = list(weights)
    num = math.fsum([x * w for x, w in zip(values, weights)])
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data, optionally weighted."""
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)) or _is_decimal_type(type(x)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(_fail_neg(weights, errmsg))
    try:
        terms = []
        for w, x in zip(weights, _fail_neg(data, errmsg)):
            terms.append(w / x if w else 0)
        t, total, count = _sum(terms)
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, t)


def median(data):
    """The middle value of the data, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value of the data, or the lower of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value of the data, or the higher of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of grouped continuous data, interpolated within its class interval."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    lo = 0
    while data[lo] < x:
        lo += 1
    hi = lo
    while hi < n and data[hi] == x:
        hi += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    """The most common value of discrete data (the first one met on a tie)."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """The most common values, in the order they were first met."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _sqrt_rto(n, m):
    """isqrt(n / m), rounded to odd (its last bit set when inexact)."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    """The square root of n/m as a correctly rounded float."""
    q, r = divmod(n.bit_length() - m.bit_length() - 109, 2)
    if q >= 0:
        return (_sqrt_rto(n, m << 2 * q) << q) / 1
    return _sqrt_rto(n << -2 * q, m) / (1 << -q)


def _decimal_sqrt_of_frac(t, n, m):
    if n <= 0:
        if not n:
            return t('0.0')
        n, m = -n, -m
    root = (t(n) / t(m)).sqrt()
    # the root of the rounded quotient can be one unit off: compare with the midpoints exactly
    target = Fraction(n, m)
    nr, dr = root.as_integer_ratio()
    here = Fraction(nr, dr)
    plus = root.next_plus()
    mid = (here + Fraction(*plus.as_integer_ratio())) / 2
    if target > mid * mid:
        return plus
    minus = root.next_minus()
    mid = (here + Fraction(*minus.as_integer_ratio())) / 2
    if target < mid * mid:
        return minus
    return root


def _sqrt_of(t, mss):
    if _is_decimal_type(t):
        return _decimal_sqrt_of_frac(t, mss.numerator, mss.denominator)
    if isinstance(mss, float):
        return math.sqrt(mss)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def variance(data, xbar=None):
    """The sample variance of the data (n - 1 in the denominator)."""
    t, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), t)


def pvariance(data, mu=None):
    """The population variance of the data."""
    t, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, t)


def stdev(data, xbar=None):
    """The sample standard deviation of the data."""
    t, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(t, ss / (n - 1))


def pstdev(data, mu=None):
    """The population standard deviation of the data."""
    t, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(t, ss / n)


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing the data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))
