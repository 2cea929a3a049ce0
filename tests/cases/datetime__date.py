from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime

# === construction ===
print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, str(d), f"{d}", format(d, ""))
print(date(1, 1, 1).toordinal(), date(2024, 2, 29).toordinal(), date.fromordinal(738945), date.fromordinal(1))
print(date(2023, 12, 31).toordinal() - date(2023, 1, 1).toordinal())
print(date(year=2020, month=5, day=17), date(2000, month=2, day=29))

# === calendar ===
for y, m, dd in [(2024, 2, 29), (2020, 12, 31), (2021, 1, 1), (2019, 12, 30), (2026, 11, 27), (1, 1, 1), (9999, 12, 31), (2004, 12, 31), (2005, 1, 2)]:
    x = date(y, m, dd)
    print(x, x.weekday(), x.isoweekday(), x.isocalendar(), tuple(x.isocalendar()), x.isocalendar().week, x.ctime())
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1), date.fromisocalendar(2004, 1, 1))
print(d.timetuple())
print(d.replace(year=2025, day=28), d.replace(month=3), d.replace())

# === arithmetic ===
print(d + timedelta(days=1), timedelta(days=1) + d, d - timedelta(days=366), d - date(2000, 1, 1))
print(d + timedelta(hours=23), d + timedelta(hours=25), d - timedelta(seconds=1))
print(date(2000, 1, 1) - d, repr(date(2020, 1, 1) - date(2020, 1, 1)))

# === comparisons and hashing ===
a = date(2020, 1, 2)
print(a == date(2020, 1, 2), a < date(2020, 1, 3), a > date(2019, 12, 31), a != date(2020, 1, 2), a == "2020-01-02")
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(hash(a) == hash(date(2020, 1, 2)), len({a, date(2020, 1, 2), date(2020, 1, 3)}))
print(a == datetime.datetime(2020, 1, 2), a != datetime.datetime(2020, 1, 2))

# === errors ===
for args in [(2020, 13, 1), (2020, 0, 1), (2020, 2, 30), (2023, 2, 29), (0, 1, 1), (10000, 1, 1), (2020, 1, 0), (2020, 4, 31)]:
    try:
        date(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(2020.0, 1, 1), ("2020", 1, 1), (2020, None, 1)]:
    try:
        date(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for op in [lambda: date.max + timedelta(days=1), lambda: date.min - timedelta(days=1)]:
    try:
        op()
    except OverflowError as e:
        print(type(e).__name__, e)
for n in [0, -5, 3652060]:
    try:
        date.fromordinal(n)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(2021, 53, 1), (2020, 1, 8), (2020, 0, 1)]:
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    date(2020, 1, 1) < datetime.datetime(2020, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    datetime.datetime(2020, 1, 1) >= date(2020, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
