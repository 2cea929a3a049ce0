import statistics
from decimal import Decimal as D
from fractions import Fraction as F

print(repr(statistics.mean([D('0.5'), D('0.75'), D('0.625'), D('0.375')])), repr(statistics.mean([D('1.1'), D('2.2')])), repr(statistics.mean([D(1), D(2), D(4)])))
print(repr(statistics.median([D('1.5'), D('2.5'), D('3.5'), D('4.5')])), repr(statistics.variance([D('27.5'), D('30.25'), D('30.25'), D('34.5'), D('41.75')])))
print(repr(statistics.pvariance([D('1.5'), D('2.5')])), repr(statistics.stdev([D('1.5'), D('2.5'), D('2.5'), D('2.75')])), repr(statistics.pstdev([D(1), D(2), D(3), D(4)])))
print(repr(statistics.mean([F(1, 2), F(1, 3), F(1, 6)])), repr(statistics.variance([F(1, 2), F(3, 4), F(5, 4)])), repr(statistics.pvariance([F(1, 2), 1, 2])))
print(repr(statistics.mean([1, F(1, 2)])), repr(statistics.mean([1, 0.5, F(1, 4)])), repr(statistics.mean([D(1), 2])), repr(statistics.median([1, 2.0])))
print(repr(statistics.harmonic_mean([F(1, 2), F(1, 4)])), repr(statistics.harmonic_mean([D('0.5'), D('0.25')])), repr(statistics.fmean([D('0.5'), D('0.25')])))
print(repr(statistics.quantiles([D('1.0'), D('2.0'), D('3.0'), D('4.0')])), repr(statistics.quantiles([F(1), F(2), F(5)], n=3)))
print(repr(statistics.mode([D('1.0'), D(1), D('2')])), statistics.multimode([1, 1.0, D(1), 2]))
try:
    statistics.variance([1e308, -1e308, 0.0])
except OverflowError as e:
    print(type(e).__name__, e)
print(repr(statistics.mean([float('inf'), 1.0])), repr(statistics.mean([float('nan'), 1.0])), repr(statistics.mean([1e308, 1e308])))
print(repr(statistics.mean([10**30, 10**30 + 1])), repr(statistics.variance([10**20, 10**20 + 2, 10**20 + 4])), repr(statistics.stdev([10**20, 10**20 + 2, 10**20 + 4])))
for data in ([D(1), 1.5],):
    try:
        print(statistics.mean(data))
    except TypeError as e:
        print(type(e).__name__, e)
