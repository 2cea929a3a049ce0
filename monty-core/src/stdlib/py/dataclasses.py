"""Data classes: generated __init__, __repr__, __eq__ and friends."""

class _MISSING_TYPE:
    pass

MISSING = _MISSING_TYPE()

def _hello():
    return 42

X = 1
