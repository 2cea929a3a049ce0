"""Calendar arithmetic, strftime/strptime and ISO 8601 parsing for `datetime` and `time` (C locale, local time is UTC)."""

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def is_leap(year):
    """Whether `year` has a February 29 (proleptic Gregorian)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def ordinal(year, month, day):
    """Day number of a date, 0001-01-01 being 1."""
    y = year - 1
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and is_leap(year) else 0)
    return y * 365 + y // 4 - y // 100 + y // 400 + before + day


def iso_to_ordinal(year, week, day):
    """Day number of an ISO (year, week, weekday), with CPython's range errors."""
    if not 1 <= year <= 9999:
        raise ValueError("Year is out of range: " + str(year))
    if not 0 < week < 53:
        out = True
        if week == 53:
            first = ordinal(year, 1, 1) % 7
            if first == 4 or (first == 3 and is_leap(year)):
                out = False
        if out:
            raise ValueError("Invalid week: " + str(week))
    if not 0 < day < 8:
        raise ValueError("Invalid day: " + str(day) + " (range is [1, 7])")
    return week1_monday(year) + (week - 1) * 7 + day - 1


def week1_monday(year):
    """Day number of the Monday of ISO week 1 of `year`."""
    first = ordinal(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _iso(year, month, day):
    """(ISO year, ISO week, ISO weekday)."""
    n = ordinal(year, month, day)
    monday = week1_monday(year)
    if n < monday:
        year -= 1
        monday = week1_monday(year)
    elif n >= week1_monday(year + 1):
        year += 1
        monday = week1_monday(year)
    return year, (n - monday) // 7 + 1, (n - monday) % 7 + 1


def _offset(us):
    if us is None:
        return ""
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    hh, rest = divmod(us, 3600000000)
    mm, rest = divmod(rest, 60000000)
    ss, us = divmod(rest, 1000000)
    s = sign + "%02d%02d" % (hh, mm)
    if ss or us:
        s += "%02d" % ss
        if us:
            s += ".%06d" % us
    return s


def format_time(fmt, fields, utcoffset, tzname, micro=True):
    """strftime of fields (year, month, day, hour, minute, second, microsecond, weekday, yearday).

    utcoffset is a timedelta or None; micro says whether %f is known (not in time.strftime)."""
    y, mo, d, hh, mm, ss, us, wd, yd = fields
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == "Y":
            out.append(str(y))
        elif k == "m":
            out.append("%02d" % mo)
        elif k == "d":
            out.append("%02d" % d)
        elif k == "e":
            out.append("%2d" % d)
        elif k == "H":
            out.append("%02d" % hh)
        elif k == "M":
            out.append("%02d" % mm)
        elif k == "S":
            out.append("%02d" % ss)
        elif k == "f" and micro:
            out.append("%06d" % us)
        elif k == "y":
            out.append("%02d" % (y % 100))
        elif k == "a":
            out.append(_DAYS[wd][:3])
        elif k == "A":
            out.append(_DAYS[wd])
        elif k == "b" or k == "h":
            out.append(_MONTHS[mo - 1][:3])
        elif k == "B":
            out.append(_MONTHS[mo - 1])
        elif k == "j":
            out.append("%03d" % yd)
        elif k == "p":
            out.append("AM" if hh < 12 else "PM")
        elif k == "I":
            out.append("%02d" % (hh % 12 or 12))
        elif k == "z":
            out.append(_offset(None if utcoffset is None else utcoffset._to_us()))
        elif k == "Z":
            out.append("" if tzname is None else tzname)
        elif k == "%":
            out.append("%")
        elif k == "w":
            out.append(str((wd + 1) % 7))
        elif k == "u":
            out.append(str(wd + 1))
        elif k == "U":
            out.append("%02d" % ((yd - 1 + 7 - (wd + 1) % 7) // 7))
        elif k == "W":
            out.append("%02d" % ((yd - 1 + 7 - wd) // 7))
        elif k == "G":
            out.append(str(_iso(y, mo, d)[0]))
        elif k == "V":
            out.append("%02d" % _iso(y, mo, d)[1])
        elif k == "c":
            out.append(
                "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wd][:3], _MONTHS[mo - 1][:3], d, hh, mm, ss, y)
            )
        elif k == "x":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif k == "X":
            out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif k == "D":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif k == "F":
            out.append("%d-%02d-%02d" % (y, mo, d))
        elif k == "T":
            out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif k == "R":
            out.append("%02d:%02d" % (hh, mm))
        else:
            out.append("%" + k)
    return "".join(out)


# (maximum digits, minimum value, maximum value) of the numeric directives
_NUMERIC = {
    "d": (2, 1, 31), "m": (2, 1, 12), "H": (2, 0, 23), "I": (2, 1, 12), "M": (2, 0, 59),
    "S": (2, 0, 61), "j": (3, 1, 366), "U": (2, 0, 53), "W": (2, 0, 53), "V": (2, 1, 53),
    "w": (1, 0, 6), "u": (1, 1, 7),
}
_KNOWN = "dmHIMSjUWVwuYGyfaAbBhpZz%"
_EXPAND = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _match_name(s, i, names):
    """(index, end) of the longest name (case-insensitive) at s[i:], or None."""
    best = None
    low = s[i : i + 9].lower()
    for idx in range(len(names)):
        name = names[idx].lower()
        if low.startswith(name) and (best is None or len(name) > best[1] - i):
            best = (idx, i + len(name))
    return best


def _expand(fmt):
    out = []
    i = 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt) and fmt[i + 1] in _EXPAND:
            out.append(_EXPAND[fmt[i + 1]])
            i += 2
        elif fmt[i] == "%" and i + 1 < len(fmt):
            out.append(fmt[i : i + 2])
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return "".join(out)


def parse_time(data, fmt):
    """strptime: (year, month, day, hour, minute, second, microsecond, offset_us, tzname).

    Also returns, through the caller's use of parse_fields, the weekday and julian day."""
    f = parse_fields(data, fmt)
    return f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]


def parse_fields(data, fmt):
    """The fields of `data` read with `fmt`, plus (weekday, yearday) last."""
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not " + type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not " + type(fmt).__name__)
    original = fmt
    fmt = _expand(fmt)
    k = 0
    while k < len(fmt):
        if fmt[k] == "%":
            if k + 1 >= len(fmt):
                raise ValueError("stray % in format " + repr(original))
            if fmt[k + 1] not in _KNOWN:
                raise ValueError("'" + fmt[k + 1] + "' is a bad directive in format " + repr(original))
            k += 1
        k += 1
    nomatch = ValueError("time data " + repr(data) + " does not match format " + repr(original))
    found = {}
    i = 0
    j = 0
    n = len(data)
    while j < len(fmt):
        c = fmt[j]
        if c.isspace():
            while j < len(fmt) and fmt[j].isspace():
                j += 1
            if i >= n or not data[i].isspace():
                raise nomatch
            while i < n and data[i].isspace():
                i += 1
            continue
        if c != "%":
            if i >= n or data[i].lower() != c.lower():
                raise nomatch
            i += 1
            j += 1
            continue
        if j + 1 >= len(fmt):
            raise ValueError("stray % in format " + repr(original))
        k = fmt[j + 1]
        j += 2
        if k == "%":
            if i >= n or data[i] != "%":
                raise nomatch
            i += 1
        elif k in _NUMERIC:
            width, low, high = _NUMERIC[k]
            got = None
            for w in range(width, 0, -1):
                part = data[i : i + w]
                if len(part) == w and part.isdigit() and part.isascii() and low <= int(part) <= high:
                    got = int(part)
                    i += w
                    break
            if got is None and k == "d" and data[i : i + 1] == " ":
                part = data[i + 1 : i + 2]
                if part.isdigit() and part != "0":
                    got = int(part)
                    i += 2
            if got is None:
                raise nomatch
            found[k] = got
        elif k in "YGy":
            width = 2 if k == "y" else 4
            part = data[i : i + width]
            if len(part) != width or not part.isdigit() or not part.isascii():
                raise nomatch
            found[k] = int(part)
            i += width
        elif k == "f":
            w = 0
            while w < 6 and i + w < n and data[i + w] in "0123456789":
                w += 1
            if w == 0:
                raise nomatch
            found["f"] = int((data[i : i + w] + "000000")[:6])
            i += w
        elif k in "aA":
            names = _DAYS if k == "A" else [x[:3] for x in _DAYS]
            m = _match_name(data, i, names)
            if m is None:
                raise nomatch
            found["a"] = m[0]
            i = m[1]
        elif k in "bBh":
            names = _MONTHS if k == "B" else [x[:3] for x in _MONTHS]
            m = _match_name(data, i, names)
            if m is None:
                raise nomatch
            found["m"] = m[0] + 1
            i = m[1]
        elif k == "p":
            m = _match_name(data, i, ("AM", "PM"))
            if m is None:
                raise nomatch
            found["p"] = m[0]
            i = m[1]
        elif k == "Z":
            m = _match_name(data, i, ("UTC", "GMT"))
            if m is None:
                raise nomatch
            found["Z"] = data[i : m[1]]
            i = m[1]
        elif k == "z":
            i = _read_offset(data, i, found, nomatch)
        else:
            raise ValueError("'" + k + "' is a bad directive in format " + repr(original))
    if i != n:
        raise ValueError("unconverted data remains: " + data[i:])
    return _resolve(found)


def _read_offset(data, i, found, nomatch):
    if data[i : i + 1] == "Z":
        found["z"] = 0
        return i + 1
    sign = data[i : i + 1]
    if sign not in ("+", "-") or sign == "":
        raise nomatch
    i += 1
    parts = []
    for idx in range(3):
        if idx and data[i : i + 1] == ":":
            i += 1
        part = data[i : i + 2]
        if len(part) != 2 or not part.isdigit() or not part.isascii():
            if idx < 2:
                raise nomatch
            break
        parts.append(int(part))
        i += 2
    frac = 0
    if len(parts) == 3 and data[i : i + 1] == ".":
        w = 0
        while w < 6 and i + 1 + w < len(data) and data[i + 1 + w] in "0123456789":
            w += 1
        if w == 0:
            raise nomatch
        frac = int((data[i + 1 : i + 1 + w] + "000000")[:6])
        i += 1 + w
    while len(parts) < 3:
        parts.append(0)
    if parts[1] > 59 or parts[2] > 59:
        raise nomatch
    us = ((parts[0] * 60 + parts[1]) * 60 + parts[2]) * 1000000 + frac
    found["z"] = -us if sign == "-" else us
    return i


def _resolve(found):
    year = found.get("Y")
    if year is None and "y" in found:
        y = found["y"]
        year = y + 2000 if y <= 68 else y + 1900
    month = found.get("m")
    day = found.get("d")
    hour = found.get("H", 0)
    if "I" in found:
        hour = found["I"] % 12
        if found.get("p") == 1:
            hour += 12
        elif "p" not in found:
            hour = found["I"]
    weekday = found.get("a")
    if weekday is None and "w" in found:
        weekday = (found["w"] + 6) % 7
    if weekday is None and "u" in found:
        weekday = found["u"] - 1
    if year is None and "G" in found:
        year = found["G"]
    if year is None:
        year = 1900
    if "G" in found and "V" in found and weekday is not None and month is None and day is None:
        n = week1_monday(found["G"]) + (found["V"] - 1) * 7 + weekday
        year, month, day = ymd(n)
    elif month is None and day is None and "j" in found:
        year, month, day = ymd(ordinal(year, 1, 1) + found["j"] - 1)
    elif month is None and day is None and weekday is not None and ("U" in found or "W" in found):
        first = ordinal(year, 1, 1)
        first_wd = (first + 6) % 7
        if "U" in found:
            week = found["U"]
            start = (first_wd + 1) % 7
            sunday_wd = (weekday + 1) % 7
            offset = (7 - start) % 7
            n = first + offset + (week - 1) * 7 + sunday_wd
            if week == 0:
                n = first + sunday_wd - start
        else:
            week = found["W"]
            offset = (7 - first_wd) % 7
            n = first + offset + (week - 1) * 7 + weekday
            if week == 0:
                n = first + weekday - first_wd
        year, month, day = ymd(n)
    if month is None:
        month = 1
    if day is None:
        day = 1
    return (
        year, month, day, hour, found.get("M", 0), found.get("S", 0), found.get("f", 0),
        found.get("z"), found.get("Z"), weekday, found.get("j"),
    )


def ymd(n):
    """(year, month, day) of a day number (civil-from-days over 400-year eras from 0000-03-01)."""
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (1 if month <= 2 else 0), month, day


def _digits(s, i, n):
    """The int of exactly n ASCII digits at s[i:], or None."""
    part = s[i : i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        return None
    return int(part)


def parse_iso_date(s):
    """((y, m, d), end) for the date at the start of s, or None."""
    year = _digits(s, 0, 4)
    if year is None:
        return None
    dash = s[4:5] == "-"
    i = 5 if dash else 4
    if s[i : i + 1] == "W":
        week = _digits(s, i + 1, 2)
        if week is None:
            return None
        i += 3
        day = 1
        if s[i : i + 1] == "-" if dash else s[i : i + 1].isdigit():
            if dash:
                i += 1
            day = _digits(s, i, 1)
            if day is None:
                return None
            i += 1
        try:
            n = iso_to_ordinal(year, week, day)
        except ValueError:
            return None
        return ymd(n), i
    month = _digits(s, i, 2)
    if month is None:
        return None
    i += 2
    if dash:
        if s[i : i + 1] != "-":
            return None
        i += 1
    day = _digits(s, i, 2)
    if day is None:
        return None
    return (year, month, day), i + 2


def _parse_hms(s):
    """(h, m, s, us) of HH[:MM[:SS[.fff]]] or the basic form, all of s; or None."""
    fraction = 0
    main = s
    for sep in ".,":
        k = s.find(sep)
        if k >= 0:
            main = s[:k]
            frac = s[k + 1 :]
            if not frac or not frac.isdigit() or not frac.isascii():
                return None
            fraction = int((frac + "000000")[:6])
            break
    colons = ":" in main
    parts = main.split(":") if colons else [main[j : j + 2] for j in range(0, len(main), 2)]
    if not 1 <= len(parts) <= 3:
        return None
    values = []
    for p in parts:
        if len(p) != 2 or not p.isdigit() or not p.isascii():
            return None
        values.append(int(p))
    if fraction and len(values) < 3:
        return None
    if main != s and len(values) < 3:
        return None
    while len(values) < 3:
        values.append(0)
    return values[0], values[1], values[2], fraction


def parse_iso_time(s):
    """(h, m, s, us, offset) of an ISO time, offset in microseconds or None; or None."""
    off_us = None
    k = -1
    for j in range(len(s)):
        if s[j] in "+-Z":
            k = j
            break
    text = s
    if k >= 0:
        text = s[:k]
        rest = s[k:]
        if rest == "Z":
            off_us = 0
        else:
            if rest[:1] not in "+-" or len(rest) < 3:
                return None
            off = _parse_hms(rest[1:])
            if off is None:
                return None
            oh, om, osec, ous = off
            off_us = ((oh * 60 + om) * 60 + osec) * 1000000 + ous
            if rest[0] == "-":
                off_us = -off_us
    hms = _parse_hms(text)
    if hms is None:
        return None
    hh, mm, ss, us = hms
    return hh, mm, ss, us, off_us
