"""Warning control: warn() writes CPython's two-line report to the run's stderr;
the filters decide which warnings are shown, ignored, or raised."""

import re
import _sys

__all__ = ['warn', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# (action, message regex or None, category, module regex or None, lineno)
filters = []
_DEFAULTS = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_shown = set()


class WarningMessage:
    """One recorded warning (what catch_warnings(record=True) collects)."""

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text warn() writes: 'file:line: Category: message' and the source line."""
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line:
        s += '  %s\n' % line.strip()
    return s


def _showwarnmsg(msg):
    _sys.write(2, formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to stderr (or `file`)."""
    text = formatwarning(message, category, filename, lineno, line)
    if file is None:
        _sys.write(2, text)
    else:
        file.write(text)


def _check_category(category):
    if not isinstance(category, type):
        raise AssertionError('category must be a class')
    if not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Add a filter: `action` for warnings whose text starts with `message` (ignoring case)."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    _check_category(category)
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    msg = re.compile(message, re.I) if message else None
    mod = re.compile(module + '\\Z') if module else None
    _add((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message of `category`."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add((action, None, category, None, lineno), append)


def _add(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _shown.clear()


def resetwarnings():
    """Remove every filter (the defaults then no longer apply either)."""
    filters[:] = []
    _DEFAULTS[:] = []
    _shown.clear()


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters + _DEFAULTS:
        if ((msg is None or msg.match(text))
                and issubclass(category, cat)
                and (mod is None or (mod == module if isinstance(mod, str) else mod.match(module)))
                and (ln == 0 or ln == lineno)):
            return action
    return 'default'


_recorders = []


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: shown once per location unless a filter says otherwise."""
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename, lineno, line = _sys.caller(stacklevel)
    text = str(message)
    if not isinstance(message, Warning):
        message = category(message)
    action = _action_for(text, category, '__main__', lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action == 'once':
        key = (text, category)
    elif action == 'module':
        key = (text, category, filename)
    elif action == 'default':
        key = (text, category, filename, lineno)
    else:
        key = None
    if key is not None:
        if key in _shown:
            return
        _shown.add(key)
    msg = WarningMessage(message, category, filename, lineno, None, line, source)
    if _recorders and _recorders[-1] is not None:
        _recorders[-1].append(msg)
    elif showwarning is not _ORIGINAL_SHOWWARNING:
        showwarning(message, category, filename, lineno, None, line)
    else:
        _showwarnmsg(msg)


_ORIGINAL_SHOWWARNING = showwarning


class catch_warnings:
    """Save the filters on entry and restore them on exit; with record=True,
    collect the warnings in a list instead of writing them."""

    def __init__(self, *, record=False, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = action
        self._category = category
        self._lineno = lineno
        self._append = append

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        self._saved = (filters[:], _DEFAULTS[:], set(_shown))
        _shown.clear()
        if self._action:
            simplefilter(self._action, self._category, self._lineno, self._append)
        if self._record:
            log = []
            _recorders.append(log)
            return log
        _recorders.append(None)
        return None

    def __exit__(self, *exc_info):
        f, d, s = self._saved
        filters[:] = f
        _DEFAULTS[:] = d
        _shown.clear()
        _shown.update(s)
        if _recorders:
            _recorders.pop()
