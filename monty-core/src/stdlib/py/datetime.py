"""Dates, times and durations: Monty's own implementation of `datetime`.

Everything here is pure arithmetic on the proleptic Gregorian calendar. The
only ways out are `now()`, `today()` and `utcnow()`, which read the clock
capability through `_monty_host` and raise PermissionError when the run was
not granted it. Local time is UTC (see docs/limitations.md).
"""

import _monty_host
from _datefmt import format_time as _format_time, parse_time as _parse_time
from _datefmt import is_leap as _is_leap, days_in_month as _days_in_month
from _datefmt import ordinal as _ymd2ord, ymd as _ord2ymd
from _datefmt import week1_monday as _iso_week1_monday, iso_to_ordinal as _iso_to_ordinal
from _datefmt import parse_iso_date as _parse_isoformat_date, parse_iso_time as _parse_iso_time

MINYEAR = 1
MAXYEAR = 9999

_MAX_ORDINAL = 3652059
_US_PER_DAY = 86400000000


def _tpname(obj):
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


def _index(v):
    if isinstance(v, int):
        return int(v)
    raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year " + str(year) + " is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    fold = _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '" + type(tz).__name__ + "'")


def _needs_clock(what):
    raise PermissionError(what + " needs the clock capability: grant group 'clock'")


def _clock_micros(what):
    """Microseconds since the epoch, from the clock capability's `now()`."""
    now = _monty_host.external("now")
    if now is None:
        _needs_clock(what)
    text = now()
    d = _parse_isoformat_datetime(text)
    if d is None:
        raise ValueError("the clock capability answered an invalid instant: " + repr(text))
    off = d.utcoffset()
    base = (d.toordinal() - _EPOCH_ORDINAL) * _US_PER_DAY + d._time_us()
    if off is not None:
        base -= off._to_us()
    return base


# ---------------------------------------------------------------- timedelta


def _component(value, scale, name):
    """(integer microseconds, float remainder in microseconds) of one timedelta argument."""
    if isinstance(value, int):
        return int(value) * scale, 0.0
    if isinstance(value, float):
        whole = int(value)
        return whole * scale, (value - whole) * scale
    raise TypeError("unsupported type for timedelta " + name + " component: " + type(value).__name__)


def _round_half_even_div(a, b):
    """round(a / b), half to even, exactly, for ints (b > 0)."""
    q, r = divmod(a, b)
    twice = 2 * r
    if twice > b or (twice == b and q % 2 == 1):
        q += 1
    return q


class timedelta:
    """A duration: days, seconds and microseconds."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        frac = 0.0
        for value, scale, name in (
            (days, _US_PER_DAY, "days"),
            (seconds, 1000000, "seconds"),
            (microseconds, 1, "microseconds"),
            (milliseconds, 1000, "milliseconds"),
            (minutes, 60000000, "minutes"),
            (hours, 3600000000, "hours"),
            (weeks, 7 * _US_PER_DAY, "weeks"),
        ):
            whole, rest = _component(value, scale, name)
            total += whole
            frac += rest
        if frac != 0.0:
            if frac != frac or frac in (float("inf"), float("-inf")):
                raise ValueError("cannot convert float " + repr(frac) + " to integer")
            total += round(frac)
        self._set_us(total)

    def _set_us(self, total):
        d, rest = divmod(total, _US_PER_DAY)
        s, us = divmod(rest, 1000000)
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=" + str(d) + "; must have magnitude <= 999999999")
        self._days = d
        self._seconds = s
        self._microseconds = us

    @classmethod
    def _from_us(cls, total):
        td = object.__new__(timedelta)
        td._set_us(total)
        return td

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=" + str(self._days))
        if self._seconds:
            parts.append("seconds=" + str(self._seconds))
        if self._microseconds:
            parts.append("microseconds=" + str(self._microseconds))
        if not parts:
            parts.append("0")
        return _tpname(self) + "(" + ", ".join(parts) + ")"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * int(other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even_div(self._to_us() * num, den))
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if other < 0:
                return timedelta._from_us(_round_half_even_div(-self._to_us(), -other))
            return timedelta._from_us(_round_half_even_div(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if num < 0:
                num, den = -num, -den
            return timedelta._from_us(_round_half_even_div(self._to_us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- tzinfo


class tzinfo:
    """Abstract base class for time zone information."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        std = off - dst
        if std:
            dt = dt + std
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError(
            "tzinfo." + name + "() must return None or timedelta, not '" + type(off).__name__ + "'"
        )
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "
            + repr(off)
            + "."
        )
    return off


def _format_offset(off, sep):
    """+HH:MM[:SS[.ffffff]] of a timedelta, '' for None."""
    if off is None:
        return ""
    us = off._to_us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    hh, rest = divmod(us, 3600000000)
    mm, rest = divmod(rest, 60000000)
    ss, us = divmod(rest, 1000000)
    s = sign + "%02d%s%02d" % (hh, sep, mm)
    if ss or us:
        s += sep + "%02d" % ss
        if us:
            s += ".%06d" % us
    return s


class timezone(tzinfo):
    """A fixed offset from UTC."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not " + type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not " + type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError(
                "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "
                + repr(offset)
                + "."
            )
        if name is None and not offset and _UTC is not None:
            return _UTC
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not " + type(dt).__name__)

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not " + type(dt).__name__)

    def tzname(self, dt):
        if not (dt is None or isinstance(dt, datetime)):
            raise TypeError("tzname(dt) argument must be a datetime instance or None, not " + type(dt).__name__)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None, not " + type(dt).__name__)
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return _tpname(self) + "(" + repr(self._offset) + ")"
        return _tpname(self) + "(" + repr(self._offset) + ", " + repr(self._name) + ")"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


# ---------------------------------------------------------------- date


class IsoCalendarDate:
    """The (year, week, weekday) triple of `isocalendar()`."""

    def __init__(self, year, week, weekday):
        self.year = year
        self.week = week
        self.weekday = weekday

    def _t(self):
        return (self.year, self.week, self.weekday)

    def __getitem__(self, i):
        return self._t()[i]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._t())

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            return self._t() == other._t()
        if isinstance(other, tuple):
            return self._t() == other
        return NotImplemented

    def __hash__(self):
        return hash(self._t())

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._t()


class date:
    """A calendar date (year, month, day)."""

    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date(year, month, day)

    @classmethod
    def _new(cls, year, month, day):
        if cls is date:
            d = object.__new__(date)
            d._year = year
            d._month = month
            d._day = day
            return d
        return cls(year, month, day)

    @classmethod
    def today(cls):
        us = _clock_micros(cls.__name__ + ".today()")
        return cls.fromordinal(us // _US_PER_DAY + _EPOCH_ORDINAL)

    @classmethod
    def fromtimestamp(cls, t):
        d = datetime.utcfromtimestamp(t)
        return cls(d.year, d.month, d.day)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year 10000 is out of range")
        y, m, d = _ord2ymd(n)
        return cls._new(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_isoformat_date(s)
        if parsed is None or parsed[1] != len(s):
            raise ValueError("Invalid isoformat string: " + repr(s))
        y, m, d = parsed[0]
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _ord2ymd(_iso_to_ordinal(_index(year), _index(week), _index(day)))
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day, self._year)

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not " + type(format).__name__)
        return _format_time(format, self._fields(), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not " + type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _fields(self):
        """(year, month, day, hour, minute, second, microsecond, weekday, yearday) for strftime."""
        return (self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), self._yday())

    def _yday(self):
        return self.toordinal() - _ymd2ord(self._year, 1, 1) + 1

    def timetuple(self):
        import time as _time

        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
        )

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()
        monday = _iso_week1_monday(year)
        if ordinal < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif ordinal >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        return IsoCalendarDate(year, (ordinal - monday) // 7 + 1, (ordinal - monday) % 7 + 1)

    def _cmp_key(self, other):
        if isinstance(other, datetime) or isinstance(self, datetime):
            return None
        if isinstance(other, date):
            return (self._year, self._month, self._day), (other._year, other._month, other._day)
        return None

    def _cmp(self, other, op):
        if isinstance(other, date) and (isinstance(other, datetime) != isinstance(self, datetime)):
            if op == "==":
                return False
            if op == "!=":
                return True
            raise TypeError("can't compare datetime.datetime to datetime.date")
        keys = self._cmp_key(other)
        if keys is None:
            return NotImplemented
        a, b = keys
        if op == "==":
            return a == b
        if op == "!=":
            return a != b
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._cmp(other, "==")

    def __ne__(self, other):
        return self._cmp(other, "!=")

    def __lt__(self, other):
        return self._cmp(other, "<")

    def __le__(self, other):
        return self._cmp(other, "<=")

    def __gt__(self, other):
        return self._cmp(other, ">")

    def __ge__(self, other):
        return self._cmp(other, ">=")

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(n)
            return type(self)._new(y, m, d)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)


# ---------------------------------------------------------------- time


def _format_clock(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _time_repr_args(hh, mm, ss, us):
    if us:
        return "%d, %d, %d, %d" % (hh, mm, ss, us)
    if ss:
        return "%d, %d, %d" % (hh, mm, ss)
    return "%d, %d" % (hh, mm)


class time:
    """A time of day, optionally with a tzinfo."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._hour, self._minute, self._second, self._microsecond, self._fold = _check_time(
            hour, minute, second, microsecond, fold
        )
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        text = s
        if text[:1] == "T":
            text = text[1:]
        parsed = _parse_isoformat_time(text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: " + repr(s))
        hh, mm, ss, us, tz = parsed
        return cls(hh, mm, ss, us, tz)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def isoformat(self, timespec="auto"):
        s = _format_clock(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        s = _tpname(self) + "(" + _time_repr_args(self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            s += ", tzinfo=" + repr(self._tzinfo)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not " + type(format).__name__)
        fields = (1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1)
        return _format_time(format, fields, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not " + type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold,
        )

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        a = self._us()
        b = other._us()
        if self._tzinfo is not other._tzinfo:
            ao = self.utcoffset()
            bo = other.utcoffset()
            if (ao is None) != (bo is None):
                if op == "==":
                    return False
                if op == "!=":
                    return True
                raise TypeError("can't compare offset-naive and offset-aware times")
            if ao is not None:
                a -= ao._to_us()
                b -= bo._to_us()
        return _compare(a, b, op)

    def __eq__(self, other):
        return self._cmp(other, "==")

    def __ne__(self, other):
        return self._cmp(other, "!=")

    def __lt__(self, other):
        return self._cmp(other, "<")

    def __le__(self, other):
        return self._cmp(other, "<=")

    def __gt__(self, other):
        return self._cmp(other, ">")

    def __ge__(self, other):
        return self._cmp(other, ">=")

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(self._us())
        return hash(self._us() - off._to_us())


def _compare(a, b, op):
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hour, self._minute, self._second, self._microsecond, self._fold = _check_time(
            hour, minute, second, microsecond, fold
        )
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo

    @classmethod
    def _from_us(cls, total, tz):
        """The datetime `total` microseconds after 0001-01-01T00:00 (ordinal 1)."""
        days, rest = divmod(total, _US_PER_DAY)
        n = days + 1
        if not 1 <= n <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(n)
        secs, us = divmod(rest, 1000000)
        mins, ss = divmod(secs, 60)
        hh, mm = divmod(mins, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def _time_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _total_us(self):
        return (self.toordinal() - 1) * _US_PER_DAY + self._time_us()

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        us = _clock_micros(cls.__name__ + ".now()")
        return cls._from_epoch_us(us, tz)

    @classmethod
    def utcnow(cls):
        us = _clock_micros(cls.__name__ + ".utcnow()")
        return cls._from_epoch_us(us, None)

    @classmethod
    def today(cls):
        us = _clock_micros(cls.__name__ + ".today()")
        return cls._from_epoch_us(us, None)

    @classmethod
    def _from_epoch_us(cls, us, tz):
        total = us + (_EPOCH_ORDINAL - 1) * _US_PER_DAY
        if tz is None:
            return cls._from_us(total, None)
        return tz.fromutc(cls._from_us(total, tz))

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_epoch_us(_timestamp_us(t), tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_epoch_us(_timestamp_us(t), None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not " + type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not " + type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(
            date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo,
            fold=time.fold,
        )

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        d = _parse_isoformat_datetime(s, cls)
        if d is None:
            raise ValueError("Invalid isoformat string: " + repr(s))
        return d

    @classmethod
    def strptime(cls, date_string, format):
        fields = _parse_time(date_string, format)
        y, mo, d, hh, mm, ss, us, off, name = fields
        tz = None
        if off is not None:
            delta = timedelta(microseconds=off)
            tz = timezone(delta, name) if name else timezone(delta)
        return cls(y, mo, d, hh, mm, ss, us, tz)

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        d = date.fromisocalendar(year, week, day)
        return cls(d.year, d.month, d.day)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def replace(
        self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
        tzinfo=True, *, fold=None
    ):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold,
        )

    def timestamp(self):
        off = self.utcoffset()
        us = self._total_us() - (_EPOCH_ORDINAL - 1) * _US_PER_DAY
        if off is not None:
            us -= off._to_us()
        return us / 10**6

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone(timedelta(0), "UTC")
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be an instance of tzinfo")
        off = self.utcoffset()
        total = self._total_us()
        if off is not None:
            total -= off._to_us()
        return tz.fromutc(type(self)._from_us(total, tz))

    def timetuple(self):
        import time as _time

        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time(
            (
                self._year, self._month, self._day, self._hour, self._minute, self._second,
                self.weekday(), self._yday(), isdst,
            )
        )

    def utctimetuple(self):
        off = self.utcoffset()
        d = self
        if off is not None:
            d = datetime._from_us(self._total_us() - off._to_us(), None)
        import time as _time

        return _time.struct_time(
            (d.year, d.month, d.day, d.hour, d.minute, d.second, d.weekday(), d._yday(), 0)
        )

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not " + type(sep).__name__)
        s = "%04d-%02d-%02d" % (self._year, self._month, self._day) + sep
        s += _format_clock(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        s = "%s(%d, %d, %d, " % (_tpname(self), self._year, self._month, self._day)
        s += _time_repr_args(self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            s += ", tzinfo=" + repr(self._tzinfo)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day,
            self._hour, self._minute, self._second, self._year,
        )

    def _fields(self):
        return (
            self._year, self._month, self._day, self._hour, self._minute, self._second,
            self._microsecond, self.weekday(), self._yday(),
        )

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not " + type(format).__name__)
        return _format_time(format, self._fields(), self.utcoffset(), self.tzname())

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == "==":
                    return False
                if op == "!=":
                    return True
                raise TypeError("can't compare datetime.datetime to datetime.date")
            return NotImplemented
        a = self._total_us()
        b = other._total_us()
        if self._tzinfo is not other._tzinfo:
            ao = self.utcoffset()
            bo = other.utcoffset()
            if (ao is None) != (bo is None):
                if op == "==":
                    return False
                if op == "!=":
                    return True
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if ao is not None:
                a -= ao._to_us()
                b -= bo._to_us()
        return _compare(a, b, op)

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(self._total_us())
        return hash(self._total_us() - off._to_us())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._total_us() + other._to_us(), self._tzinfo)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._total_us() - other._to_us(), self._tzinfo)
        if isinstance(other, datetime):
            a = self._total_us()
            b = other._total_us()
            if self._tzinfo is not other._tzinfo:
                ao = self.utcoffset()
                bo = other.utcoffset()
                if (ao is None) != (bo is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if ao is not None:
                    a -= ao._to_us()
                    b -= bo._to_us()
            return timedelta._from_us(a - b)
        return NotImplemented


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _timestamp_us(t):
    """Microseconds since the epoch of a timestamp, rounded half to even (as CPython)."""
    if isinstance(t, int):
        return int(t) * 1000000
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (float("inf"), float("-inf")):
            raise OverflowError("cannot convert float infinity to integer")
        num, den = t.as_integer_ratio()
        return _round_half_even_div(num * 1000000, den)
    raise TypeError("'" + type(t).__name__ + "' object cannot be interpreted as an integer")


def _parse_isoformat_datetime(s, cls=None):
    if cls is None:
        cls = datetime
    parsed = _parse_isoformat_date(s)
    if parsed is None:
        return None
    (y, m, d), i = parsed
    if i == len(s):
        return cls(y, m, d)
    if len(s) < i + 2:
        return None
    t = _parse_isoformat_time(s[i + 1 :])
    if t is None:
        return None
    hh, mm, ss, us, tz = t
    return cls(y, m, d, hh, mm, ss, us, tz)


def _parse_isoformat_time(s):
    """(h, m, s, us, tzinfo) of a time with an optional offset, or None."""
    t = _parse_iso_time(s)
    if t is None:
        return None
    hh, mm, ss, us, off = t
    tz = None
    if off is not None:
        tz = _UTC if off == 0 else timezone(timedelta(microseconds=off))
    return hh, mm, ss, us, tz
