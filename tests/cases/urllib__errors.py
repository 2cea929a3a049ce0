# === port and IPv6 errors ===
from urllib.parse import urlparse, urlsplit
import urllib.parse

for u in ['http://h:abc/', 'http://h:99999/', 'http://h:-1/', 'http://h:/']:
    try:
        print(repr(urlsplit(u).port))
    except ValueError as e:
        print(type(e).__name__, e)
for u in ['http://[::1/', 'http://::1]/']:
    try:
        urlsplit(u)
    except ValueError as e:
        print(type(e).__name__, e)

# === non-str input ===
try:
    urlparse(5)
except AttributeError as e:
    print(type(e).__name__, e)

# === module attributes ===
print(urllib.parse.__name__, 'http' in urllib.parse.uses_netloc, callable(urllib.parse.urljoin))
try:
    urllib.parse.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from urllib.parse import nope
except ImportError as e:
    print(type(e).__name__)
