# === dotted imports of stdlib packages ===
import urllib.parse
import urllib.parse as up
from urllib import parse
from urllib.parse import urlparse as up2
import collections.abc
from collections.abc import Mapping, Sequence
import collections

print(urllib.parse is up, parse is up, up.urlparse is up2, urllib.parse.__name__)
print(collections.abc.Mapping is Mapping, collections.Counter('aab')['a'], collections.abc.__name__)

def inner():
    import urllib.parse
    return urllib.parse.quote('a b')

print(inner())

# === collections.abc mixins ===
class M(Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

m = M({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 5), 'a' in m, 'z' in m, list(m.items()), list(m.keys()), list(m.values()))
print(m == {'a': 1, 'b': 2}, m == {'a': 1}, len(m.keys()), ('a', 1) in m.items(), 2 in m.values())

class S(Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3

s = S()
print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)), isinstance(s, Sequence))

# === errors ===
try:
    import urllib.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import math.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    Mapping()
except TypeError as e:
    print(type(e).__name__)

# === star imports of the text modules ===
from urllib.parse import *
from io import *
from textwrap import *
from pprint import *
from csv import *
print(urljoin('http://a/b', 'c'), StringIO('x').read(), wrap('a b', 1), pformat([1]), QUOTE_ALL)

# === from a package import its submodule ===
from collections import abc
print(abc.Mapping is Mapping, abc.__name__)
