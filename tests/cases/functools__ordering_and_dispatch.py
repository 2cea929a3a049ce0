# functools.cmp_to_key, total_ordering, cached_property and singledispatch.
from functools import cmp_to_key, total_ordering, cached_property, singledispatch


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(by_len_then_alpha)), max(words, key=cmp_to_key(by_len_then_alpha)))
k = cmp_to_key(by_len_then_alpha)
print(k('ab') < k('abc'), k('ab') == k('ba'), k('ab') >= k('aa'))
try:
    hash(k('a'))
except TypeError as e:
    print('TypeError', e)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, b > a)
print(sorted([Version(2), Version(1, 5), Version(1, 2, 3)]))


@total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


print(Rank(1) < Rank(2), Rank(2) <= Rank(2), Rank(3) >= Rank(4), Rank(1) > Rank(0))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        """The sum, computed once."""
        self.computed += 1
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total, d.computed)
d.total = 100
print(d.total, d.computed)
del d.total
print(d.total, d.computed)


@singledispatch
def describe(x):
    return 'object ' + repr(x)


@describe.register(int)
def _(x):
    return 'int ' + str(x)


@describe.register(list)
def _(x):
    return 'list of ' + str(len(x))


describe.register(str, lambda x: 'str ' + x.upper())
print(describe(3), describe(True), describe([1, 2]), describe('hi'), describe(2.5), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.__name__)
