from datetime import date, time, datetime, timedelta, timezone

# === construction and attributes ===
dt = datetime(2026, 11, 27, 9, 30, 15, 250)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), repr(datetime(2020, 1, 1, fold=1)))
print(datetime.min, datetime.max, repr(datetime.resolution))
print(dt.date(), repr(dt.time()), repr(dt.timetz()), dt.weekday(), dt.isocalendar(), dt.toordinal())
print(datetime.fromordinal(738000), datetime.fromisocalendar(2020, 1, 1), isinstance(dt, date))
print(datetime.combine(date(2024, 2, 29), time(3, 4, 5, 6)), repr(datetime.combine(date(2020, 1, 1), time(1, tzinfo=timezone.utc))))
print(datetime.combine(date(2020, 1, 1), time(1, tzinfo=timezone.utc), tzinfo=None))
print(dt.replace(year=2000, microsecond=0), dt.replace(tzinfo=timezone.utc), dt.replace(hour=0).replace(minute=0))
print(dt.timetuple())
print(dt.ctime(), datetime(2020, 1, 5, 23, 1).ctime())

# === timestamps (UTC) ===
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1700000000.5), datetime.utcfromtimestamp(-1.25))
print(datetime.utcfromtimestamp(1.0000005), datetime.utcfromtimestamp(1.0000015), datetime.utcfromtimestamp(2**31))
print(datetime.fromtimestamp(1700000000, timezone.utc), datetime.fromtimestamp(0, timezone(timedelta(hours=-8))))
print(datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, tzinfo=timezone.utc).timestamp())
print(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=2))).timestamp())
print(date.fromtimestamp(86400 * 365) if False else "skip-local")
print(datetime(2020, 1, 1, 12, tzinfo=timezone.utc).utctimetuple())
print(datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=3))).utctimetuple())

# === arithmetic ===
print(dt + timedelta(days=40, hours=20), timedelta(seconds=-1) + dt, dt - timedelta(microseconds=251))
print(dt - datetime(2026, 1, 1), datetime(2026, 1, 1) - dt, repr(dt - dt))
a = datetime(2020, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=5)))
print(a - b, b - a, (a + timedelta(hours=1)).tzinfo, b + timedelta(days=1))

# === comparisons and hashing ===
print(a == b, a > b, a == b + timedelta(hours=5), hash(a) == hash(b + timedelta(hours=5)))
print(dt == datetime(2026, 11, 27, 9, 30, 15, 250), dt < datetime(2027, 1, 1), dt >= dt, dt != a)
print(a == datetime(2020, 1, 1, 12), a != datetime(2020, 1, 1, 12))
print(sorted([datetime(2020, 1, 2), datetime(2019, 5, 5), datetime(2020, 1, 1, 23)]))
print(len({a, b + timedelta(hours=5), datetime(2020, 1, 1, 17, tzinfo=timezone(timedelta(hours=5)))}))
print(datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1))

# === astimezone ===
print(a.astimezone(timezone(timedelta(hours=-3))), b.astimezone(timezone.utc), repr(a.astimezone(timezone.utc)))
print(datetime(2020, 1, 1, 23, 30, tzinfo=timezone(timedelta(hours=-2))).astimezone(timezone(timedelta(hours=9, minutes=30))))

# === errors ===
for args in [(2020, 1, 1, 24), (2020, 1, 1, 0, 60), (2020, 1, 1, 0, 0, 60), (2020, 1, 1, 0, 0, 0, 1000000), (2020, 1, 32)]:
    try:
        datetime(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for thunk in [
    lambda: datetime(2020, 1, 1, fold=2),
    lambda: datetime(2020, 1, 1, tzinfo=5),
    lambda: datetime(2020, 1, 1, 1.5),
    lambda: datetime.max + timedelta(microseconds=1),
    lambda: datetime.min - timedelta(days=1),
    lambda: a < datetime(2020, 1, 1),
    lambda: a - datetime(2020, 1, 1),
    lambda: datetime(2020, 1, 1) > a,
    lambda: datetime.combine(date(2020, 1, 1), 5),
    lambda: datetime.combine("x", time()),
    lambda: dt.isoformat(sep="ab"),
    lambda: dt.isoformat(timespec="nanoseconds"),
    lambda: datetime.utcfromtimestamp(float("nan")),
]:
    try:
        thunk()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# === operator errors name the types as CPython's C module does ===
for thunk in [lambda: time(1) + timedelta(1), lambda: date(2020, 1, 1) + 1, lambda: 1 - date(2020, 1, 1),
              lambda: timedelta(1) < 5, lambda: date(2020, 1, 1) < "x", lambda: timedelta(1) * "a", lambda: timedelta(1) @ timedelta(1),
              lambda: datetime(2020, 1, 1) - date(2020, 1, 1), lambda: time(1) < 3, lambda: timezone.utc < timezone.utc]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
class M(date):
    pass
try:
    M(2020, 1, 1) + 1
except TypeError as e:
    print(e)
