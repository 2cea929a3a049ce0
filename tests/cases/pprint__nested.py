# === nested containers ===
import pprint

data = {'name': 'widget', 'tags': ['a', 'b', 'c'] * 8,
        'nested': {'x': list(range(30)), 'y': (1, 2, 3), 'z': {'deep': [{'k': i} for i in range(5)]}},
        'b': b'0123456789' * 10, 'e': [], 't1': (1,), 'none': None, 'f': 1.5}
pprint.pprint(data)
pprint.pprint([data['nested'], (data['tags'],)])
print(pprint.pformat(data['nested'], width=40))
pprint.pprint({'key%d' % i: [i] * i for i in range(12)})

# === sets and frozensets (small ints: CPython's hash order is sorted) ===
print(pprint.pformat({1, 2, 3, 10, 20, 30, 100, 200, 300, 400, 500, 600, 700, 800, 900}, width=30))
print(pprint.pformat(frozenset(range(25)), width=30), pprint.pformat(set()), pprint.pformat(frozenset()))

# === recursion and readability ===
a = [1, 2]
a.append(a)
print(pprint.isrecursive(a), pprint.isrecursive([1, [2]]), pprint.isreadable([1, {'a': (2,)}]))
print(pprint.isreadable(pprint), pprint.saferepr({'z': 1, 'a': [1, 2]}), pprint.saferepr('x'))
d = {}
d['self'] = d
print(pprint.isrecursive(d), pprint.isreadable(d))

# === user objects use their repr ===
class P:
    def __repr__(self):
        return 'P()'

pprint.pprint([P()] * 30)
