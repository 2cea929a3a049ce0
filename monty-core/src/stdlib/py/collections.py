"""Container datatypes: the native types of `_collections`, and namedtuple
(written in Python, in `_namedtuple`)."""

from _collections import Counter, defaultdict, OrderedDict, deque
from _namedtuple import namedtuple

__all__ = ['Counter', 'defaultdict', 'OrderedDict', 'deque', 'namedtuple']
