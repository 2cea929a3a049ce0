import statistics
from statistics import StatisticsError
from fractions import Fraction

def attempt(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

print(issubclass(StatisticsError, ValueError))
attempt(lambda: statistics.mean([]))
attempt(lambda: statistics.fmean([]))
attempt(lambda: statistics.fmean([1, 2], weights=[1]))
attempt(lambda: statistics.fmean([1, 2], weights=[1, -1]))
attempt(lambda: statistics.geometric_mean([]))
attempt(lambda: statistics.geometric_mean([1, -2]))
attempt(lambda: statistics.harmonic_mean([]))
attempt(lambda: statistics.harmonic_mean([-1]))
attempt(lambda: statistics.harmonic_mean([1, -1]))
attempt(lambda: statistics.harmonic_mean(['a']))
attempt(lambda: statistics.harmonic_mean([1, 2], weights=[1]))
attempt(lambda: statistics.median([]))
attempt(lambda: statistics.median_low([]))
attempt(lambda: statistics.median_high([]))
attempt(lambda: statistics.median_grouped([]))
attempt(lambda: statistics.median_grouped(['a', 'b', 'c']))
attempt(lambda: statistics.mode([]))
attempt(lambda: statistics.variance([1]))
attempt(lambda: statistics.stdev([]))
attempt(lambda: statistics.pvariance([]))
attempt(lambda: statistics.pstdev([]))
attempt(lambda: statistics.quantiles([1], n=4))
attempt(lambda: statistics.quantiles([1, 2], n=0))
attempt(lambda: statistics.quantiles([1, 2], method='middle'))
attempt(lambda: statistics.mean(['a', 'b']))
attempt(lambda: statistics.mean([1, 'a']))
attempt(lambda: statistics.variance([Fraction(1, 2), 1.5, 'x']))
try:
    statistics.mean([])
except ValueError as e:
    print('caught as ValueError:', e)
