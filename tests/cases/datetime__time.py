from datetime import date, time, datetime, timedelta, timezone

# === time of day ===
t = time(13, 4, 5, 6)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.utcoffset(), t.tzname(), t.dst())
print(repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)), repr(time(1, fold=1)))
print(time.min, time.max, repr(time.resolution), str(time(23, 59, 59, 999999)))
print(t.replace(hour=1), t.replace(microsecond=0), repr(t.replace(tzinfo=timezone.utc)), t.replace(fold=1).fold)
print(time(1) < time(2), time(1, 30) == time(1, 30), time(1) != time(1, 0, 0, 1), sorted([time(5), time(1), time(3)]))
print(hash(time(1, 2)) == hash(time(1, 2)), bool(time(0)), time(0) == 0)
print(format(t, "%H.%M"), format(t, ""), t.isoformat(timespec="milliseconds"))

# === subclasses ===
class MyDate(date):
    def double_day(self):
        return self.day * 2

class MyDT(datetime):
    pass

m = MyDate(2020, 1, 15)
print(repr(m), m, m.double_day(), type(m + timedelta(days=1)).__name__, type(m.replace(day=1)).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat("2020-01-01")).__name__)
n = MyDT(2020, 1, 2, 3, 4)
print(repr(n), n, type(n + timedelta(1)).__name__, type(MyDT.fromisoformat("2020-01-01T00:00")).__name__)
print(type(MyDT.combine(date(2020, 1, 1), time(1))).__name__, type(n - n).__name__)

# === errors ===
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (-1,)]:
    try:
        time(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for thunk in [lambda: time(1.5), lambda: time("1"), lambda: time(fold=3), lambda: t.isoformat("days")]:
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
