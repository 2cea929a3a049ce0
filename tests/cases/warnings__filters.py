# === recording warnings ===
import warnings

warnings.warn('shown on stderr')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('one')
    warnings.warn('two', DeprecationWarning)
    warnings.warn(RuntimeWarning('three'))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(w[0].lineno > 0, isinstance(w[0].message, UserWarning))

# === once per location by default ===
with warnings.catch_warnings(record=True) as w:
    for i in range(3):
        warnings.warn('repeated')
    print(len(w))

# === error and ignore filters ===
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('error', category=FutureWarning)
    warnings.warn('skip me')
    warnings.warn('keep me')
    try:
        warnings.warn('future', FutureWarning)
    except FutureWarning as e:
        print('raised', e)
    print([str(x.message) for x in w])
print(warnings.formatwarning('msg', UserWarning, 'f.py', 3, 'x = 1'), end='')
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))

# === errors ===
for t in [lambda: warnings.simplefilter('bogus'), lambda: warnings.warn('x', int),
          lambda: warnings.filterwarnings('ignore', category=5)]:
    try:
        t()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)

# === message and module filters are regular expressions ===
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message=r'dep.*ted')
    warnings.filterwarnings('ignore', module='other')
    warnings.filterwarnings('error', message='FATAL', module='__main__')
    warnings.warn('Deprecated thing')
    warnings.warn('not deprecated')
    try:
        warnings.warn('fatal: stop')
    except UserWarning as e:
        print('raised', e)
    print([str(x.message) for x in w])
