"""Container datatypes: the native types of `_collections`, namedtuple
(written in Python, in `_namedtuple`), and ChainMap/UserDict/UserList/UserString
(in `_collections_user`)."""

from _collections import Counter, defaultdict, OrderedDict, deque
from _namedtuple import namedtuple
from _collections_user import ChainMap, UserDict, UserList, UserString

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']
