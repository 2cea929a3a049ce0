"""Pseudo-random numbers: the Mersenne Twister of `_random` (native; a given
seed gives CPython's sequence), and `SystemRandom`.

SECURITY: Monty has no ambient entropy. When the embedder granted the
randomness capability (host function `random_bytes` of group `random`), this
module seeds every unseeded generator from host entropy, and `SystemRandom`
draws from the host directly; without it generators start from a fixed seed
(the same values on every run) and `SystemRandom` raises PermissionError.
"""

import _monty_host
import _random
from _random import (
    Random, seed, random, uniform, randint, randrange, choice, choices, shuffle, sample,
    getrandbits, gauss, expovariate, triangular, getstate, setstate,
)

__all__ = [
    "Random", "SystemRandom", "seed", "random", "uniform", "randint", "randrange", "choice",
    "choices", "shuffle", "sample", "getrandbits", "gauss", "expovariate", "triangular",
    "getstate", "setstate",
]

_host_bytes = _monty_host.external("random_bytes")
if _host_bytes is not None:
    _random._set_seeder(int.from_bytes(_host_bytes(32), "big"))
    # the module-level generator starts from host entropy too
    seed()


def _entropy(what):
    f = _monty_host.external("random_bytes")
    if f is None:
        raise PermissionError(what + " needs the random capability: grant group 'random'")
    return f


class SystemRandom:
    """Random numbers drawn from the host's entropy source (needs the random capability)."""

    def __init__(self, x=None):
        pass

    def seed(self, *args, **kwds):
        return None

    def _stub(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stub

    def random(self):
        data = _entropy("random.SystemRandom")(7)
        return (int.from_bytes(data, "big") >> 3) * 1.1102230246251565e-16

    def getrandbits(self, k):
        if not isinstance(k, int):
            raise TypeError("'" + type(k).__name__ + "' object cannot be interpreted as an integer")
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_entropy("random.SystemRandom")(numbytes), "big")
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _entropy("random.SystemRandom")(n)

    def _randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        if not isinstance(start, int):
            raise TypeError("'" + type(start).__name__ + "' object cannot be interpreted as an integer")
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if start > 0:
                return self._randbelow(start)
            raise ValueError('empty range for randrange()')
        if not isinstance(stop, int):
            raise TypeError("'" + type(stop).__name__ + "' object cannot be interpreted as an integer")
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError('empty range for randrange() (' + str(start) + ', ' + str(stop) + ', '
                             + str(width) + ')')
        if step > 0:
            n = (width + step - 1) // step
        elif step < 0:
            n = (width + step + 1) // step
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            raise ValueError('empty range for randrange()')
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        pool = list(population)
        n = len(pool)
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = []
        for i in range(k):
            j = self._randbelow(n - i)
            result.append(pool[j])
            pool[j] = pool[n - i - 1]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                return [population[self._randbelow(n)] for _ in range(k)]
            cum_weights = []
            total = 0
            for w in weights:
                total += w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        result = []
        for _ in range(k):
            x = self.random() * total
            lo, hi = 0, n - 1
            while lo < hi:
                mid = (lo + hi) // 2
                if x < cum_weights[mid]:
                    hi = mid
                else:
                    lo = mid + 1
            result.append(population[lo])
        return result

    def uniform(self, a, b):
        return a + (b - a) * self.random()
