"""Tokens and choices for security-sensitive uses, drawn from the host's
entropy source: every function needs the randomness capability (host function
`random_bytes` of group `random`) and raises PermissionError without it."""

from random import SystemRandom, _entropy
from hmac import compare_digest
import base64 as _base64

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

DEFAULT_ENTROPY = 32

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in the range [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """`nbytes` random bytes (32 when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    if nbytes < 0:
        raise ValueError("negative argument not allowed")
    return _entropy("secrets.token_bytes()")(nbytes)


def token_hex(nbytes=None):
    """A random text string in hexadecimal, two digits per byte."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe text string, Base64 encoded."""
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
