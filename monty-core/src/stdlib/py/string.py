"""Common string operations: the character classes and capwords (native, in
`_string`), Template and Formatter."""

from _string import (ascii_letters, ascii_lowercase, ascii_uppercase, capwords, digits,
                     hexdigits, octdigits, printable, punctuation, whitespace)

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace',
           'Formatter', 'Template']

_ID_START = ascii_letters + '_'
_ID_CHARS = _ID_START + digits
_NO_MAPPING = {}


def _identifier_at(text, i):
    """End of the ASCII identifier starting at `i` (`i` when there is none)."""
    n = len(text)
    if i >= n or text[i] not in _ID_START:
        return i
    j = i + 1
    while j < n and text[j] in _ID_CHARS:
        j += 1
    return j


class Template:
    """A string with `$name` / `${name}` placeholders (`$$` is a literal `$`)."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, text):
        """Yield ('text', s) pieces and ('escaped'|'named'|'braced'|'invalid', name, start, end)."""
        d = self.delimiter
        dl = len(d)
        n = len(text)
        pos = 0
        while True:
            i = text.find(d, pos)
            if i < 0:
                if pos < n:
                    yield ('text', text[pos:], pos, n)
                return
            if i > pos:
                yield ('text', text[pos:i], pos, i)
            j = i + dl
            if text.startswith(d, j):
                yield ('escaped', d, i, j + dl)
                pos = j + dl
                continue
            end = _identifier_at(text, j)
            if end > j:
                yield ('named', text[j:end], i, end)
                pos = end
                continue
            if j < n and text[j] == '{':
                end = _identifier_at(text, j + 1)
                if end > j + 1 and end < n and text[end] == '}':
                    yield ('braced', text[j + 1:end], i, end + 1)
                    pos = end + 1
                    continue
            yield ('invalid', '', i, j)
            pos = j

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            return _Chain(kws, mapping)
        return mapping

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Replace every placeholder; a missing name raises KeyError."""
        mapping = self._mapping(mapping, kws)
        out = []
        for kind, value, start, end in self._scan(self.template):
            if kind == 'text' or kind == 'escaped':
                out.append(value)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                out.append(str(mapping[value]))
        return ''.join(out)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Replace the placeholders that can be; leave the others as written."""
        mapping = self._mapping(mapping, kws)
        out = []
        text = self.template
        for kind, value, start, end in self._scan(text):
            if kind == 'text' or kind == 'escaped':
                out.append(value)
            elif kind == 'invalid':
                out.append(text[start:end])
            else:
                try:
                    out.append(str(mapping[value]))
                except KeyError:
                    out.append(text[start:end])
        return ''.join(out)

    def get_identifiers(self):
        """The placeholder names, in order of first appearance."""
        ids = []
        for kind, value, start, end in self._scan(self.template):
            if (kind == 'named' or kind == 'braced') and value not in ids:
                ids.append(value)
        return ids

    def is_valid(self):
        """Whether the template has no invalid placeholder."""
        for kind, value, start, end in self._scan(self.template):
            if kind == 'invalid':
                return False
        return True


class _Chain:
    """Keyword arguments first, then the mapping (what ChainMap does for substitute)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Formatter:
    """str.format's machinery, with every step overridable."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) as str.format reads them."""
        n = len(format_string)
        i = 0
        lit = []
        while i < n:
            c = format_string[i]
            if c == '}':
                if i + 1 < n and format_string[i + 1] == '}':
                    lit.append('}')
                    yield (''.join(lit), None, None, None)
                    lit = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                lit.append(c)
                i += 1
                continue
            if i + 1 < n and format_string[i + 1] == '{':
                lit.append('{')
                yield (''.join(lit), None, None, None)
                lit = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            name, conversion, spec, i = _read_field(format_string, i + 1)
            yield (''.join(lit), name, spec, conversion)
            lit = []
        if lit:
            yield (''.join(lit), None, None, None)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first


def _read_field(text, i):
    """Read the replacement field starting after its '{' at `i`:
    (name, conversion, spec, index after its closing '}')."""
    n = len(text)
    k = i
    while k < n:
        c = text[k]
        if c == '[':
            while k < n and text[k] != ']':
                k += 1
            if k >= n:
                break
        elif c == '{':
            raise ValueError("unexpected '{' in field name")
        elif c == '}' or c == ':' or c == '!':
            break
        k += 1
    if k >= n:
        raise ValueError("expected '}' before end of string")
    name = text[i:k]
    conversion = None
    if text[k] == '}':
        return name, None, '', k + 1
    if text[k] == '!':
        if k + 1 >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[k + 1]
        k += 2
        if k < n and text[k] == '}':
            return name, conversion, '', k + 1
        if k < n and text[k] != ':':
            raise ValueError("expected ':' after conversion specifier")
    # a format spec (after ':'), which may hold nested fields
    k += 1
    start = k
    depth = 1
    while k < n:
        if text[k] == '{':
            depth += 1
        elif text[k] == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, text[start:k], k + 1
        k += 1
    raise ValueError("unmatched '{' in format spec")


def _field_name_split(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); integer first parts become ints."""
    n = len(name)
    k = 0
    while k < n and name[k] != '.' and name[k] != '[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < n:
        if name[k] == '.':
            j = k + 1
            while j < n and name[j] != '.' and name[j] != '[':
                j += 1
            attr = name[k + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            k = j
        elif name[k] == '[':
            j = name.find(']', k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            k = j + 1
            if k < n and name[k] != '.' and name[k] != '[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest
