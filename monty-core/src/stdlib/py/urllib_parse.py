"""urllib.parse: split URLs into components, join them, resolve relative URLs,
and percent-encode query strings (str URLs; bytes URLs are not supported)."""

from _namedtuple import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
           'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult',
           'SplitResult']

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp',
                 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh',
               'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu',
               'sip', 'sips', 'mms', 'sftp', 'tel']
scheme_chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_HEX = '0123456789ABCDEFabcdef'
_C0_OR_SPACE = ''.join([chr(i) for i in range(33)])


class _NetlocMixin:
    """username, password, hostname and port, read from netloc."""

    @property
    def username(self):
        userinfo, at, _ = self.netloc.rpartition('@')
        if not at:
            return None
        return userinfo.partition(':')[0]

    @property
    def password(self):
        userinfo, at, _ = self.netloc.rpartition('@')
        if not at:
            return None
        _, colon, password = userinfo.partition(':')
        return password if colon else None

    def _hostinfo(self):
        hostinfo = self.netloc.rpartition('@')[2]
        _, bracket, rest = hostinfo.partition('[')
        if bracket:
            host, _, port = rest.partition(']')
            port = port.partition(':')[2]
        else:
            host, _, port = hostinfo.partition(':')
        return host, (port or None)

    @property
    def hostname(self):
        host = self._hostinfo()[0]
        if not host:
            return None
        name, pct, zone = host.partition('%')
        return name.lower() + pct + zone

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError('Port could not be cast to integer value as %r' % (port,))
        n = int(port)
        if not 0 <= n <= 65535:
            raise ValueError('Port out of range 0-65535')
        return n


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'), _NetlocMixin):
    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'), _NetlocMixin):
    def geturl(self):
        return urlunparse(self)


class DefragResult(namedtuple('DefragResult', 'url fragment')):
    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


def _check_str(url, what):
    if isinstance(url, bytes):
        raise NotImplementedError('urllib.parse: bytes URLs are not supported in Monty')
    if not isinstance(url, str):
        raise AttributeError("'%s' object has no attribute 'decode'" % type(url).__name__)


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment)."""
    _check_str(url, 'url')
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for c in '\t\r\n':
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme = url[:i].lower()
            url = url[i + 1:]
    if url[:2] == '//':
        end = len(url)
        for c in '/?#':
            k = url.find(c, 2)
            if k >= 0 and k < end:
                end = k
        netloc = url[2:end]
        url = url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    s = urlsplit(url, scheme, allow_fragments)
    path = s.path
    params = ''
    if s.scheme in uses_params and ';' in path:
        if '/' in path:
            k = path.find(';', path.rfind('/'))
        else:
            k = path.find(';')
        if k >= 0:
            path, params = path[:k], path[k + 1:]
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


def urlunsplit(components):
    """Build a URL from (scheme, netloc, path, query, fragment)."""
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(components):
    """Build a URL from (scheme, netloc, path, params, query, fragment)."""
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = url + ';' + params
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """Resolve `url` against `base` (RFC 3986, with CPython's choices)."""
    if not base:
        return url
    if not url:
        return base
    b = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b.scheme, allow_fragments)
    if scheme != b.scheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = b.netloc
    if not path and not params:
        path = b.path
        params = b.params
        if not query:
            query = b.query
        return urlunparse((scheme, netloc, path, params, query, fragment))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_parts = b.path.split('/')
        if base_parts[-1] != '':
            base_parts.pop()
        segments = base_parts + path.split('/')
        if len(segments) > 2:
            # empty segments in the middle are dropped
            segments = segments[:1] + [s for s in segments[1:-1] if s] + segments[-1:]
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return urlunparse((scheme, netloc, '/'.join(out) or '/', params, query, fragment))


def urldefrag(url):
    """Split off the fragment: (url without it, fragment)."""
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        return DefragResult(urlunparse((s, n, p, a, q, '')), frag)
    return DefragResult(url, '')


def quote_from_bytes(bs, safe='/'):
    """Percent-encode bytes, leaving ASCII letters, digits, '_.-~' and `safe` as they are."""
    if not isinstance(bs, bytes):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    keep = _ALWAYS_SAFE | frozenset(safe)
    out = []
    for b in bs:
        if b in keep:
            out.append(chr(b))
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode a str (as UTF-8 by default) or bytes."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but spaces become '+' (for query strings)."""
    if ((isinstance(string, str) and ' ' not in string)
            or (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    """Decode %XX escapes into bytes."""
    if isinstance(string, str):
        string = string.encode('utf-8')
    if not string:
        return b''
    parts = string.split(b'%')
    if len(parts) == 1:
        return string
    out = list(parts[0])
    for part in parts[1:]:
        h = part[:2]
        if len(h) == 2 and chr(h[0]) in _HEX and chr(h[1]) in _HEX:
            out.append(int(h.decode('ascii'), 16))
            out.extend(part[2:])
        else:
            out.append(37)
            out.extend(part)
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Decode %XX escapes; runs of escaped bytes are decoded with `encoding`."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    out = []
    pending = []
    n = len(string)
    i = 0
    while i < n:
        c = string[i]
        h = string[i + 1:i + 3] if c == '%' else ''
        if len(h) == 2 and h[0] in _HEX and h[1] in _HEX:
            pending.append(int(h, 16))
            i += 3
            continue
        if pending:
            out.append(bytes(pending).decode(encoding, errors))
            pending = []
        out.append(c)
        i += 1
    if pending:
        out.append(bytes(pending).decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), and '+' becomes a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


def _quote_item(x, safe, encoding, errors, quote_via):
    if isinstance(x, bytes):
        return quote_via(x, safe)
    return quote_via(str(x), safe, encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as 'k=v&k2=v2'; with doseq, a
    sequence value gives one pair per element."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError('not a valid non-string sequence or mapping object') from None
    out = []
    for k, v in query:
        k = _quote_item(k, safe, encoding, errors, quote_via)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(k + '=' + _quote_item(v, safe, encoding, errors, quote_via))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + _quote_item(v, safe, encoding, errors, quote_via))
            continue
        for elt in v:
            out.append(k + '=' + _quote_item(elt, safe, encoding, errors, quote_via))
    return '&'.join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if not qs:
        return []
    if max_num_fields is not None and 1 + qs.count(separator) > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (field,))
            if not keep_blank_values:
                continue
            nv.append('')
        if nv[1] or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding, errors)
            value = unquote(nv[1].replace('+', ' '), encoding, errors)
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
