from statistics import variance, pvariance, stdev, pstdev, quantiles
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), pvariance(data), stdev(data), pstdev(data))
ints = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(variance(ints), pvariance(ints), stdev(ints), pstdev(ints), variance([1, 3]), pvariance([1, 2]))
print(variance([F(1, 6), F(1, 2), F(5, 3)]), pvariance([F(1, 4), F(5, 4), F(1, 2)]), stdev([F(1, 6), F(1, 2), F(5, 3)]))
print(variance([0.1, 0.2, 0.3, 0.4]), stdev([0.1, 0.2, 0.3, 0.4]), pstdev([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]))
print(variance(data, 1.5), pvariance(data, mu=1.5), stdev(ints, 5.5), pstdev([1, 2, 3, 4], 2.5))
print(variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([5]), variance(iter([1, 2, 4])))
print(stdev([1, 1, 1]), pstdev([3.3, 3.3]), variance([1, 2.5, F(1, 2)]), type(variance([1, 2, 3])).__name__, type(variance([1, 2])).__name__)
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method='inclusive'))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1.5, 2.5], n=3), quantiles([1, 2], n=1), quantiles([F(1, 2), F(3, 2), 2], n=5), quantiles([1, 5, 9], n=2, method='inclusive'))
