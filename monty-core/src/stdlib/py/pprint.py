"""Pretty-printing of nested data, line-broken as CPython's pprint does.

Objects are tracked by identity (`is`) instead of `id()`, which the sandbox
does not have; a recursive reference prints as `<Recursion on list>`.
"""

import re
import sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']

_SCALARS = (str, bytes, float, bool, type(None))
_WORDS = re.compile(r'\S*\s*')


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-print `object` to `stream` (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty-printed text of `object`."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), with dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that survives recursive structures."""
    return PrettyPrinter()._safe_repr(object, [], None, 0)[0]


def isreadable(object):
    """Whether the repr of `object` could be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, [], None, 0)[1]


def isrecursive(object):
    """Whether `object` contains itself."""
    return PrettyPrinter()._safe_repr(object, [], None, 0)[2]


class _SafeKey:
    """Orders values of mixed types: by value when they compare, else by type name."""

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), repr(self.obj))
                    < (str(type(other.obj)), repr(other.obj)))


def _pair_key(pair):
    return (_SafeKey(pair[0]), _SafeKey(pair[1]))


def _recursion(object):
    return '<Recursion on %s>' % type(object).__name__


def _inside(object, context):
    for o in context:
        if o is object:
            return True
    return False


def _without(object, context):
    for i in range(len(context) - 1, -1, -1):
        if context[i] is object:
            del context[i]
            return


class _Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class PrettyPrinter:
    """Formats objects to a width; see pformat() for the parameters."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is None:
            sys.stdout.write(self.pformat(object) + '\n')
        else:
            self._stream.write(self.pformat(object))
            self._stream.write('\n')

    def pformat(self, object):
        out = _Collect()
        self._format(object, out, 0, 0, [], 0)
        return ''.join(out.parts)

    def isrecursive(self, object):
        return self.format(object, [], 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, [], 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of `object`; override to customize."""
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        r, readable, recursive = self.format(object, context[:], self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return r

    def _format(self, object, stream, indent, allowance, context, level):
        if _inside(object, context):
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            p = self._dispatch_for(object)
            if p is not None:
                context.append(object)
                p(self, object, stream, indent, allowance, context, level + 1)
                _without(object, context)
                return
        stream.write(rep)

    def _dispatch_for(self, object):
        t = type(object)
        if t is dict:
            return PrettyPrinter._pprint_dict
        if t is list:
            return PrettyPrinter._pprint_list
        if t is tuple:
            return PrettyPrinter._pprint_tuple
        if t is set or t is frozenset:
            return PrettyPrinter._pprint_set
        if t is str:
            return PrettyPrinter._pprint_str
        if t is bytes:
            return PrettyPrinter._pprint_bytes
        return None

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = list(object.items())
            if self._sort_dicts:
                items = sorted(items, key=_pair_key)
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(delimnl)

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write('frozenset({')
            endchar = '})'
            indent += len('frozenset') + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ''
        for i, line in enumerate(lines):
            rep = repr(line)
            last_line = i == len(lines) - 1
            if last_line:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            # split the line after runs of whitespace, keeping each piece within the width
            parts = _WORDS.findall(line)
            if parts and not parts[-1]:
                parts.pop()
            max_width2 = max_width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and last_line:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                stream.write('\n' + ' ' * indent)
            stream.write(rep)
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        width = self._width - indent
        current = b''
        last = len(object) // 4 * 4
        reps = []
        for i in range(0, len(object), 4):
            part = object[i:i + 4]
            candidate = current + part
            if i == last:
                width -= allowance
            if len(repr(candidate)) > width:
                if current:
                    reps.append(repr(current))
                current = part
            else:
                current = candidate
        if current:
            reps.append(repr(current))
        for i, rep in enumerate(reps):
            if i > 0:
                stream.write('\n' + ' ' * indent)
            stream.write(rep)
        if parens:
            stream.write(')')

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        n = len(items)
        for k, ent in enumerate(items):
            last = k == n - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    stream.write(delim)
                    delim = ', '
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        if typ is int:
            if self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False
        if typ is dict:
            if not object:
                return '{}', True, False
            if maxlevels and level >= maxlevels:
                return '{...}', False, _inside(object, context)
            if _inside(object, context):
                return _recursion(object), False, True
            context.append(object)
            readable = True
            recursive = False
            components = []
            level += 1
            items = list(object.items())
            if self._sort_dicts:
                items = sorted(items, key=_pair_key)
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                components.append('%s: %s' % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            _without(object, context)
            return '{%s}' % ', '.join(components), readable, recursive
        if typ is list or typ is tuple:
            if typ is list:
                if not object:
                    return '[]', True, False
                fmt = '[%s]'
            elif len(object) == 1:
                fmt = '(%s,)'
            else:
                if not object:
                    return '()', True, False
                fmt = '(%s)'
            if maxlevels and level >= maxlevels:
                return fmt % '...', False, _inside(object, context)
            if _inside(object, context):
                return _recursion(object), False, True
            context.append(object)
            readable = True
            recursive = False
            components = []
            level += 1
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                components.append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
            _without(object, context)
            return fmt % ', '.join(components), readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False
