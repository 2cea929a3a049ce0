"""Time access and conversions: Monty's own `time` module.

Reading the time needs the clock capability (host functions `timestamp`,
`monotonic` and `now` of group `clock`); without it those functions raise
PermissionError. Local time is UTC, and `sleep` returns at once without
blocking the host (see docs/limitations.md).
"""

import _monty_host
from _datefmt import format_time as _format_time, parse_fields as _parse_fields

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _host(name, what):
    f = _monty_host.external(name)
    if f is None:
        raise PermissionError(what + " needs the clock capability: grant group 'clock'")
    return f


class struct_time:
    """The time value returned by gmtime(), localtime() and strptime()."""

    def __init__(self, seq, zone=None, gmtoff=None):
        values = tuple(seq)
        if len(values) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (" + str(len(values)) + "-sequence given)")
        if len(values) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (" + str(len(values)) + "-sequence given)")
        self._values = values[:9]
        self.tm_zone = values[9] if len(values) > 9 else zone
        self.tm_gmtoff = values[10] if len(values) > 10 else gmtoff

    def __getattr__(self, name):
        if name in _FIELDS:
            return self._values[_FIELDS.index(name)]
        raise AttributeError("'time.struct_time' object has no attribute '" + name + "'")

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        parts = []
        for k in range(9):
            parts.append(_FIELDS[k] + "=" + repr(self._values[k]))
        return "time.struct_time(" + ", ".join(parts) + ")"


def _seconds(secs, what):
    if secs is None:
        return _host("timestamp", what)()
    if isinstance(secs, (int, float)):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        return secs
    raise TypeError("'" + type(secs).__name__ + "' object cannot be interpreted as an integer")


def time():
    """Seconds since the epoch, as a float (needs the clock capability)."""
    return _host("timestamp", "time.time()")()


def time_ns():
    """Nanoseconds since the epoch, as an int (needs the clock capability)."""
    import datetime as _dt

    return _dt._clock_micros("time.time_ns()") * 1000


def monotonic():
    """Seconds of a clock that never goes back (needs the clock capability)."""
    return _host("monotonic", "time.monotonic()")()


def monotonic_ns():
    """monotonic() in nanoseconds."""
    return int(_host("monotonic", "time.monotonic_ns()")() * 1000000000)


def perf_counter():
    """The monotonic clock (needs the clock capability)."""
    return _host("monotonic", "time.perf_counter()")()


def perf_counter_ns():
    """perf_counter() in nanoseconds."""
    return int(_host("monotonic", "time.perf_counter_ns()")() * 1000000000)


def sleep(secs):
    """Returns at once: a sandboxed program cannot block its host."""
    if not isinstance(secs, (int, float)):
        raise TypeError("'" + type(secs).__name__ + "' object cannot be interpreted as an integer")
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    return None


def gmtime(secs=None):
    """The UTC struct_time of a timestamp (now, with the clock capability)."""
    import datetime as _dt

    t = _seconds(secs, "time.gmtime()")
    if isinstance(t, float):
        t = int(t // 1)
    d = _dt.datetime.utcfromtimestamp(t)
    tt = d.timetuple()
    return struct_time(tuple(tt)[:8] + (0,), "GMT", 0)


def localtime(secs=None):
    """As gmtime(): local time is UTC in Monty."""
    t = gmtime(_seconds(secs, "time.localtime()"))
    return struct_time(t._values, "UTC", 0)


def _tuple(t, what):
    if t is None:
        return localtime(None)
    if isinstance(t, struct_time):
        return t
    if isinstance(t, tuple):
        if len(t) != 9:
            raise TypeError(what + "(): illegal time tuple argument")
        return struct_time(t)
    raise TypeError("Tuple or struct_time argument required")


def mktime(t):
    """Seconds since the epoch of a local (UTC) struct_time."""
    import datetime as _dt

    t = _tuple(t, "mktime")
    y, mo, d, hh, mm, ss = t[0], t[1], t[2], t[3], t[4], t[5]
    # months out of 1..12 carry into the year, days and times carry through the arithmetic
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    if not 1 <= y <= 9999:
        raise OverflowError("mktime argument out of range")
    days = _dt._ymd2ord(y, mo, 1) - _dt._EPOCH_ORDINAL + d - 1
    seconds = (days * 24 + hh) * 3600 + mm * 60 + ss
    return float(seconds)


def strftime(format, t=None):
    """Format a struct_time (now, with the clock capability) like datetime.strftime."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not " + type(format).__name__)
    t = _tuple(t, "strftime")
    import datetime as _dt

    zone = t.tm_zone if t.tm_zone is not None else "UTC"
    fields = (t[0], t[1], t[2], t[3], t[4], t[5], 0, t[6], t[7])
    return _format_time(format, fields, _dt.timedelta(0), zone, False)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a struct_time."""
    import datetime as _dt

    f = _parse_fields(string, format)
    y, mo, d, hh, mm, ss = f[0], f[1], f[2], f[3], f[4], f[5]
    day = _dt.date(y, mo, d)
    yday = day.toordinal() - _dt._ymd2ord(y, 1, 1) + 1
    gmtoff = None if f[7] is None else f[7] // 1000000
    return struct_time((y, mo, d, hh, mm, ss, day.weekday(), yday, -1), f[8], gmtoff)


def asctime(t=None):
    """'Thu Jan  1 00:00:00 1970' of a struct_time (now, with the clock capability)."""
    t = _tuple(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6] % 7], _MONTHS[(t[1] - 1) % 12], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(_seconds(secs, "time.ctime()")))
