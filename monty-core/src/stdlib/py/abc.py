"""Abstract base classes (Monty's own implementation).

Subclasses of ABC record their abstract methods when the class is created
(the VM does what ABCMeta.__new__ does), and instantiating one that still has
any raises TypeError. Metaclasses are not supported, so ABCMeta exists only to
be imported and compared.
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta:
    pass


class ABC:
    __slots__ = ()
    __abstractmethods__ = frozenset()
