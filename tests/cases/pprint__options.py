# === width, indent, depth, compact ===
import pprint

data = {'b': [1, 2, {'c': (3, 4, [5, 6])}], 'a': 'text' * 5, 'd': list(range(12))}
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, width=30, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2)
print(pprint.pformat([[[[1]]]], depth=2), pprint.pformat(((1,),), depth=1))
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint([['x' * 5] * 3, 'y' * 20, 1, 2, 3] * 2, compact=True, width=25)

# === dict order ===
pprint.pprint({'b': 1, 'a': 2, 'c': [3] * 30}, sort_dicts=False)
pprint.pp({'b': 1, 'a': 2})
pprint.pp({'b': 1, 'a': 2}, sort_dicts=True)
print(pprint.pformat({2: 'b', 1: 'a', 3: 'c'}), pprint.pformat({(1, 2): 1, (0, 5): 2}))

# === numbers ===
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat([10**6], underscore_numbers=True))
print(pprint.pformat((1, 2), width=3), pprint.pformat((1,), width=1))

# === PrettyPrinter ===
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat(['aaaaaaaaaa', 'bbbbbbbbbbbb', {'cccc': 'dddd'}]))
pp.pprint((('x' * 10,), ['y' * 10, 'z' * 10]))
print(pp.isreadable([1]), pp.isrecursive([1]))

class Buf:
    def __init__(self):
        self.out = []

    def write(self, s):
        self.out.append(s)

b = Buf()
pprint.PrettyPrinter(stream=b).pprint({'k': 1})
pprint.pprint([1, 2], stream=b)
print(''.join(b.out))

# === errors ===
for bad in (dict(indent=-1), dict(depth=0), dict(width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(type(e).__name__, e)
