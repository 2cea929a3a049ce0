from datetime import datetime, time, timedelta, timezone, tzinfo, UTC

# === fixed offsets ===
print(repr(timezone.utc), str(timezone.utc), timezone.utc is UTC, timezone(timedelta(0)) is timezone.utc)
tz = timezone(timedelta(hours=5, minutes=30))
print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None))
print(repr(timezone(timedelta(hours=-3), "BRT")), timezone(timedelta(hours=-3), "BRT"), repr(timezone(timedelta(0), "Z")))
print(timezone(-timedelta(hours=1, seconds=30)), timezone(timedelta(microseconds=1)), timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)))
print(repr(timezone.min), repr(timezone.max), timezone.min, timezone.max)
print(tz == timezone(timedelta(minutes=330)), tz == timezone(timedelta(minutes=330), "IST"), tz != timezone.utc, hash(tz) == hash(timezone(timedelta(minutes=330))))
d = datetime(2020, 6, 1, 12, tzinfo=tz)
print(d.utcoffset(), d.dst(), d.tzname(), tz.fromutc(datetime(2020, 6, 1, 12, tzinfo=tz)))
print(d.isoformat(), d.strftime("%z|%Z"), datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=-30))).isoformat())
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1, microseconds=7))).isoformat())

# === time with tzinfo ===
t = time(10, 20, tzinfo=tz)
print(t, repr(t), t.utcoffset(), t.tzname(), t.dst(), t.isoformat("minutes"))
print(time(5, tzinfo=timezone.utc) == time(10, 30, tzinfo=tz), time(5, tzinfo=timezone.utc) < time(10, 31, tzinfo=tz))
print(time(5) == time(5, tzinfo=timezone.utc), time(5) != time(5, tzinfo=timezone.utc))

# === a tzinfo subclass ===
class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return "Fixed(" + self.name + ")"

f = Fixed(-90, "X")
e = datetime(2021, 3, 4, 5, 6, tzinfo=f)
print(e, repr(e), e.tzname(), e.utcoffset(), e.astimezone(timezone.utc), e.strftime("%z %Z"))
print(datetime(2021, 3, 4, 6, 36, tzinfo=timezone.utc).astimezone(f))
print(e == datetime(2021, 3, 4, 6, 36, tzinfo=timezone.utc), e.timetuple().tm_isdst)

# === errors ===
for thunk in [
    lambda: timezone(timedelta(hours=24)),
    lambda: timezone(-timedelta(hours=24)),
    lambda: timezone(5),
    lambda: timezone(timedelta(0), 5),
    lambda: time(tzinfo="UTC"),
    lambda: time(5) < time(5, tzinfo=timezone.utc),
    lambda: tz.utcoffset(5),
    lambda: tz.fromutc(datetime(2020, 1, 1)),
    lambda: tzinfo().utcoffset(None),
]:
    try:
        thunk()
    except (ValueError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
