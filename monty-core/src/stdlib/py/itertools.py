"""Iterator building blocks: the native iterators of `_itertools`, and `tee`
(written here in Python: copies share one lazily filled linked buffer)."""

from _itertools import (
    accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
    dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat,
    starmap, takewhile, zip_longest,
)


class _tee:
    """One copy made by `tee`: it walks a shared chain of `[value, next]`
    cells, filled from the source iterator by whichever copy gets there first."""

    __slots__ = ('_it', '_link')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            value = next(self._it)
            link[0] = value
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """Return n independent iterators from a single iterable."""
    if not isinstance(n, int):
        raise TypeError("'" + type(n).__name__ + "' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
    else:
        first = _tee(it, [None, None])
    copies = [first]
    for _ in range(n - 1):
        copies.append(first.__copy__())
    return tuple(copies)
