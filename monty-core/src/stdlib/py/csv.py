"""CSV reading and writing over any iterable of lines / object with write()
(io.StringIO, lists of strings), with dialects; Sniffer is not provided."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect', 'DictReader', 'DictWriter',
           'unix_dialect']

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_limit = 131072


class Error(Exception):
    pass


Error.__module__ = '_csv'


def field_size_limit(*args):
    """The maximum field size; with an argument, set it and return the old one."""
    global _limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit = args[0]
    return old


class Dialect:
    """Describe a CSV dialect: subclass and set the attributes."""

    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        _Params(self, {})


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def _char(name, v, allow_none):
    if v is None and allow_none:
        return None
    if not isinstance(v, str):
        if allow_none:
            raise TypeError('"%s" must be a 1-character string' % name)
        raise TypeError('"%s" must be a 1-character string' % name)
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class _Params:
    """A validated dialect: what reader and writer use (their .dialect)."""

    def __init__(self, dialect, kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kw:
                return kw[name]
            v = getattr(dialect, name, None) if dialect is not None else None
            return default if v is None else v

        for k in kw:
            if k not in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                         'lineterminator', 'quoting', 'strict'):
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        self.delimiter = _char('delimiter', pick('delimiter', ','), False)
        self.doublequote = bool(pick('doublequote', True))
        self.escapechar = _char('escapechar', pick('escapechar', None), True)
        lt = pick('lineterminator', '\r\n')
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lt
        quoting = pick('quoting', QUOTE_MINIMAL)
        if 'quotechar' in kw and kw['quotechar'] is None and 'quoting' not in kw:
            quoting = QUOTE_NONE
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE) or type(quoting) is not int:
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        has_q = 'quotechar' in kw or (dialect is not None and getattr(dialect, 'quotechar', None) is not None)
        q = kw['quotechar'] if 'quotechar' in kw else (getattr(dialect, 'quotechar', None) if has_q else '"')
        self.quotechar = _char('quotechar', q, True)
        self.skipinitialspace = bool(pick('skipinitialspace', False))
        self.strict = bool(pick('strict', False))
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if not lt:
            pass


def register_dialect(name, dialect=None, **fmtparams):
    """Name a dialect (a Dialect subclass, or keyword parameters)."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Params(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


# reader states
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


class _Reader:
    """Iterates over the records of the lines that `source` yields."""

    def __init__(self, source, dialect, kw):
        self._source = iter(source)
        self.dialect = _Params(dialect, kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save(self):
        field = ''.join(self._field)
        if len(field) > _limit:
            raise Error('field larger than field limit (%d)' % _limit)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add(self, c):
        self._field.append(c)
        if len(self._field) > _limit:
            raise Error('field larger than field limit (%d)' % _limit)

    def __next__(self):
        d = self.dialect
        self._fields = []
        self._field = []
        self._numeric = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._source)
            except StopIteration:
                if self._field or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error('unexpected end of data')
                    self._save()
                    return self._fields
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            if state == _START_RECORD:
                fields = self._simple_line(line, d)
                if fields is not None:
                    return fields
            for c in line:
                state = self._step(state, c, d)
            state = self._step(state, None, d)
            if state == _START_RECORD:
                return self._fields

    def _simple_line(self, line, d):
        """The fields of a whole line with no quote or escape character (plain
        split, what the state machine would find), or None when it needs the machine."""
        if d.quoting == QUOTE_NONNUMERIC or (d.quotechar is not None and d.quotechar in line):
            return None
        if d.escapechar is not None and d.escapechar in line:
            return None
        if line.endswith('\r\n'):
            body = line[:-2]
        elif line.endswith('\n') or line.endswith('\r'):
            body = line[:-1]
        else:
            body = line
        if '\r' in body or '\n' in body:
            return None
        if not body:
            return []
        fields = body.split(d.delimiter)
        if d.skipinitialspace:
            fields = [f.lstrip(' ') for f in fields]
        for f in fields:
            if len(f) > _limit:
                raise Error('field larger than field limit (%d)' % _limit)
        return fields

    def _step(self, state, c, d):
        # c is None at the end of each line
        eol = c is None or c == '\n' or c == '\r'
        if state == _START_RECORD:
            if c is None:
                return _START_RECORD
            if eol:
                return _EAT_CRNL
            state = _START_FIELD
        if state == _START_FIELD:
            if eol:
                self._save()
                return _START_RECORD if c is None else _EAT_CRNL
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                return _IN_QUOTED_FIELD
            if c == d.escapechar:
                return _ESCAPED_CHAR
            if c == ' ' and d.skipinitialspace:
                return _START_FIELD
            if c == d.delimiter:
                self._save()
                return _START_FIELD
            if d.quoting == QUOTE_NONNUMERIC:
                self._numeric = True
            self._add(c)
            return _IN_FIELD
        if state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                # an escaped line break: the end of this line does not end the record
                self._add(c)
                return _AFTER_ESCAPED_CRNL
            if c is None:
                c = '\n'
            self._add(c)
            return _IN_FIELD
        if state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            # after an escaped line break, the end of the line is not the end of the
            # record, until a delimiter, line break or escape moves on (as CPython)
            if c is None and state == _AFTER_ESCAPED_CRNL:
                return state
            if eol:
                self._save()
                return _START_RECORD if c is None else _EAT_CRNL
            if c == d.escapechar:
                return _ESCAPED_CHAR
            if c == d.delimiter:
                self._save()
                return _START_FIELD
            self._add(c)
            return state
        if state == _IN_QUOTED_FIELD:
            if c is None:
                return _IN_QUOTED_FIELD
            if c == d.escapechar:
                return _ESCAPE_IN_QUOTED_FIELD
            if c == d.quotechar and d.quoting != QUOTE_NONE:
                return _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            self._add(c)
            return _IN_QUOTED_FIELD
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = '\n'
            self._add(c)
            return _IN_QUOTED_FIELD
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                return _IN_QUOTED_FIELD
            if c == d.delimiter:
                self._save()
                return _START_FIELD
            if eol:
                self._save()
                return _START_RECORD if c is None else _EAT_CRNL
            if not d.strict:
                self._add(c)
                return _IN_FIELD
            raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        # _EAT_CRNL
        if c == '\n' or c == '\r':
            return _EAT_CRNL
        if c is None:
            return _START_RECORD
        raise Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the records (lists of str) of the lines of `csvfile`."""
    return _Reader(csvfile, dialect, fmtparams)


def _is_number(v):
    return type(v) in (int, float, bool)


class _Writer:
    """Formats records and hands each line to `fileobj.write`."""

    def __init__(self, fileobj, dialect, kw):
        self._write = getattr(fileobj, 'write', None)
        if self._write is None:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _Params(dialect, kw)

    def _field(self, value, d, only):
        if d.quoting == QUOTE_NONNUMERIC:
            quoted = not _is_number(value)
        else:
            quoted = d.quoting == QUOTE_ALL
        if value is None:
            text = ''
        elif type(value) is str:
            text = value
        else:
            text = str(value)
        if only and text == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            return d.quotechar * 2
        specials = d.delimiter + d.lineterminator
        if d.quotechar is not None:
            specials += d.quotechar
        if d.escapechar is not None:
            specials += d.escapechar
        plain = True
        for c in specials:
            if c in text:
                plain = False
                break
        if plain:
            return d.quotechar + text + d.quotechar if quoted else text
        out = []
        for c in text:
            escape = False
            if c in specials or c == d.escapechar or c == d.quotechar:
                if d.quoting == QUOTE_NONE:
                    escape = True
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                    else:
                        escape = True
                elif c == d.escapechar:
                    escape = True
                if not escape and d.quoting != QUOTE_NONE:
                    quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Write one record; returns what the file's write() returned."""
        d = self.dialect
        try:
            items = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        only = len(items) == 1
        line = d.delimiter.join([self._field(v, d, only) for v in items])
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        """Write every record of `rows`."""
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer whose writerow() formats a record onto `csvfile.write`."""
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    """Read records as dicts keyed by `fieldnames` (by default the first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Write dicts as records, in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Write the field names as a record."""
        return self.writer.writerow(list(self.fieldnames))

    def _row(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows([self._row(r) for r in rowdicts])
