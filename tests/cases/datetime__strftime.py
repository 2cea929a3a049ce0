from datetime import date, time, datetime, timedelta, timezone

# === strftime directives ===
dt = datetime(2026, 11, 27, 9, 30, 15, 250)
for d in ["%Y", "%m", "%d", "%H", "%M", "%S", "%f", "%y", "%b", "%B", "%a", "%A", "%j", "%p", "%I", "%z", "%Z", "%%", "%U", "%W", "%c", "%x", "%X", "%G", "%V", "%u", "%w", "%e", "%F", "%T", "%D", "%R", "%h"]:
    print(d, repr(dt.strftime(d)))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f"), dt.strftime("plain text"), dt.strftime(""), dt.strftime("%Q %"))
for x in [datetime(2020, 1, 1, 0, 5), datetime(2020, 12, 31, 12), datetime(2021, 1, 3, 13), datetime(2018, 12, 31, 23), datetime(5, 1, 1), datetime(999, 3, 4)]:
    print(x.strftime("%Y %y %G %V %u %U %W %j %I %p %c"))
aware = datetime(2020, 6, 1, 12, tzinfo=timezone(timedelta(hours=-7, minutes=-30)))
print(aware.strftime("%z %Z"), datetime(2020, 6, 1, tzinfo=timezone.utc).strftime("%z %Z"), datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=5), "N")).strftime("%z %Z"))
print(date(2024, 2, 29).strftime("%Y/%m/%d %H:%M:%S %a %j"), time(13, 4, 5, 6).strftime("%H %I %p %M %S %f %Y %j"))
print(time(1, tzinfo=timezone.utc).strftime("%z %Z"), f"{dt:%d.%m.%Y}", f"{time(7, 8):%H:%M}", "{:%B}".format(date(2020, 7, 1)))

# === strptime ===
for s, f in [
    ("2020-03-04 05:06:07.5", "%Y-%m-%d %H:%M:%S.%f"),
    ("4 Mar 20 5PM +0130", "%d %b %y %I%p %z"),
    ("Wednesday, March 4, 2020", "%A, %B %d, %Y"),
    ("12:30 am", "%I:%M %p"),
    ("12:30 PM", "%I:%M %p"),
    ("2020-060", "%Y-%j"),
    ("69-01-01", "%y-%m-%d"),
    ("68-01-01", "%y-%m-%d"),
    ("2020-01-01T10:20:30Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("2020-01-01 10:20:30 -05:30", "%Y-%m-%d %H:%M:%S %z"),
    ("2020-01-01 UTC", "%Y-%m-%d %Z"),
    ("1/2/2020", "%m/%d/%Y"),
    ("  2020", " %Y"),
    ("10%", "%H%%"),
    ("Tue Nov 14 22:13:20 2023", "%c"),
    ("11/14/23", "%x"),
    ("22:13:20", "%X"),
    ("2020 10 1", "%Y %W %w"),
    ("2020 10 3", "%Y %U %u"),
    ("2020 1 Mon", "%G %V %a"),
    ("JAN 5 2021", "%b %d %Y"),
]:
    print(repr(datetime.strptime(s, f)))

# === errors ===
for s, f in [
    ("2020-13-01", "%Y-%m-%d"),
    ("2020-02-30", "%Y-%m-%d"),
    ("2020-01-01 extra", "%Y-%m-%d"),
    ("x2020", "%Y"),
    ("2020", "%Y %q"),
    ("2020", "%Y %"),
    ("Feb 29", "%b %d"),
    ("24:00", "%H:%M"),
]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(2020, "%Y"), ("2020", 5)]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    dt.strftime(5)
except TypeError as e:
    print(type(e).__name__, e)
