import statistics
from statistics import mean, fmean, geometric_mean, harmonic_mean, median, median_low, median_high, median_grouped, mode, multimode
from fractions import Fraction as F

print(mean([1, 2, 3, 4]), mean([1, 2, 3]), mean([1.5, 2.5, 3.25]), mean([F(1, 3), F(2, 3), 1]), mean([0.1] * 10), mean([1, 2.5]))
print(mean([1e300, 1e300, -1e300]), mean([0.1, 0.2, 0.3]), mean(range(1, 101)), mean(iter([3, 5])), mean([True, False, True]))
print(mean([F(1, 7), 0.5]), mean([float('inf'), 1]), type(mean([1, 3])).__name__, type(mean([F(1), F(3)])).__name__)
print(fmean([1, 2, 3, 4]), fmean([0.1] * 10), fmean(iter([1.5, 2])), fmean([1, 2, 3], weights=[3, 2, 1]), fmean([F(1, 3), 1]))
print(geometric_mean([54, 24, 36]), geometric_mean([2, 8]), geometric_mean([1.5, 2.5, 10]))
print(harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([1, 0, 3]), harmonic_mean([F(1, 2), F(1, 3)]), harmonic_mean([7]))
print(harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([1, 2, 4]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([5, 1, 3, 2]), median([1.5, 2]), median([F(1, 2), F(1, 3)]), median(['b', 'a', 'c']))
print(median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median_low([3]), median_high('abcd'))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped([2]), median_grouped([1.5, 2.5, 2.5, 9]))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), mode([1, 2, 2, 1]), mode('aabbbc'))
print(multimode('aabbbbccddddeeffffgg'), multimode([]), multimode([3, 1, 2]), multimode([1.0, 1, 2, 2]))
