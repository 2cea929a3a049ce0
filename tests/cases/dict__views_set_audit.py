def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# === dict views, set/list/tuple/range/slice methods, recursive containers ===
d = {'a': 1, 'b': 2}
t(lambda: (d.keys() == {'a', 'b'}, d.values() == d.values(), list(d.values()), 'a' in d.keys(), ('a', 1) in d.items()))
t(lambda: (repr(d.keys()), repr(d.items()), len(d.values())))
t(lambda: (d | {'c': 3}, {**d}))
e = dict(d); e |= {'z': 0}; e |= [('y', 1)]
t(lambda: e)
t(lambda: (d | [('x', 1)]))
t(lambda: (dict.fromkeys('ab', 0), dict(a=1, **{'b': 2}), dict([('a', 1)], b=2)))
t(lambda: (dict([1, 2])))
t(lambda: (dict([(1, 2, 3)])))
t(lambda: {}.popitem())
t(lambda: {}.pop('x'))
t(lambda: ({'a': 1}.pop('x', None), {'a': 1}.get('x', 5), {'a': 1}.setdefault('b', [])))
t(lambda: {1: 2}.update(1))
t(lambda: {1: 2}.get())
t(lambda: {}['k'])
t(lambda: {[]: 1})
t(lambda: (sorted({3: 1, 1: 2}), reversed({}) is not None))
s = {1, 2, 3}
t(lambda: (s | {4}, s & {1, 9}, s - {1}, s ^ {1, 9}, s <= {1, 2, 3, 4}, s < s, s >= {1}, s > {1}, s.isdisjoint([9])))
t(lambda: (s.union([4], (5,)), s.intersection([1, 2], [2]), s.difference([1], [2]), s.symmetric_difference([3, 4])))
t(lambda: s | [4])
t(lambda: set().pop())
t(lambda: set([1]).remove(2))
t(lambda: {1} < [1])
l = [3, 1, 2]
t(lambda: (l.index(2), l.index(3, 0, 1), l.count(1), l * 2, l + [4], l[::-1], l[5:], l[-100:2]))
t(lambda: l.index(9))
t(lambda: [1].pop(5))
t(lambda: [].pop())
t(lambda: ([1, 2] < [1, 3], [1] < [1, 0], (1, 2) == (1, 2), (1,) + (2,), (1, 2) * 2))
t(lambda: [1] + (2,))
t(lambda: ([1, 'a'].sort()))
t(lambda: ((1, 2).index(3)))
t(lambda: (tuple([1, 2]), tuple('ab'), list(range(3)), list({1: 2}), list(d.items())))
r = range(0, 20, 3)
t(lambda: (r, r[2], r[-1], r[1:4], r[::-1], r[::2], len(r), 9 in r, 10 in r, r.index(9), r.count(9), range(5) == range(0, 5, 1), range(0) == range(5, 2)))
t(lambda: range(10)[20])
t(lambda: (range(0, 10, 0)))
t(lambda: range(1.5))
t(lambda: (range(3, 0, -1)[5:], range(3)[-5:-3], reversed(range(3)).__class__.__name__))
t(lambda: (slice(None, 5).indices(10), slice(-3, None, -1).indices(10), slice(1, 2).start, slice(1, 2, 3).step))
t(lambda: (slice(0, 5, 0).indices(10)))
t(lambda: ([0, 1, 2, 3, 4][slice(1, 4)], 'abcdef'[slice(None, None, -2)]))
a = [1]; a.append(a)
t(lambda: ((a, str(a))))
b = {'k': 1}; b['self'] = b
t(lambda: b)
c = [1, [2, [3]]]; c[1][1].append(c)
t(lambda: c)
t(lambda: a == a)
# === deep nesting: a bounded RecursionError, as in CPython ===
y = []
for _ in range(5000):
    y = [y]
t(lambda: len(str(y)) > 0)
t(lambda: y == [y])
t(lambda: y == y)
w = ()
for _ in range(5000):
    w = (w,)
t(lambda: len(repr(w)) > 0)
t(lambda: w < (w,))

# === dict view isdisjoint ===
d = {'a': 1, 'b': 2}
t(lambda: (d.keys().isdisjoint({'x'}), d.keys().isdisjoint(['a']), d.items().isdisjoint([('a', 1)]), d.items().isdisjoint({('a', 2)})))
t(lambda: d.keys().isdisjoint())
t(lambda: d.keys().isdisjoint(5))
