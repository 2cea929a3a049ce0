# === __name__ ===
def alpha():
    pass

def beta(x):
    return x

print(alpha.__name__, beta.__name__)

# === __name__ after assignment to another name ===
gamma = beta
print(gamma.__name__)

# === lambda name ===
lam = lambda: 0
print(lam.__name__)

# === __doc__ ===
def documented():
    """Return the answer."""
    return 42

print(documented.__doc__)
print(alpha.__doc__)

# === multiline docstring ===
def multi():
    """First line.

    More details here.
    """

print(repr(multi.__doc__.splitlines()[0]))
print(len(multi.__doc__.splitlines()))

# === docstring doesn't affect return ===
def doc_and_return(x):
    "single quoted docstring"
    return x * 2

print(doc_and_return(4), doc_and_return.__doc__)

# === string not first statement is not docstring ===
def not_doc():
    x = 1
    "not a docstring"
    return x

print(not_doc.__doc__)

# === builtin names ===
print(len.__name__, print.__name__, sorted.__name__)

# === nested function name ===
def outer():
    def inner():
        """inner doc"""
    return inner

fn = outer()
print(fn.__name__, fn.__doc__)
