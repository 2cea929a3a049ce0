from datetime import date, time, datetime, timedelta, timezone

# === isoformat ===
dt = datetime(2026, 11, 27, 9, 30, 15, 250)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), datetime(2020, 1, 1).isoformat(timespec=spec), time(1, 2, 3, 999999).isoformat(spec))
print(dt.isoformat(" "), dt.isoformat(sep="x"), dt.isoformat("\u00e9"), str(dt), str(time(1)), time(1, 2, 3, 4).isoformat())
print(date(5, 1, 1).isoformat(), datetime(33, 2, 3).isoformat())

# === fromisoformat ===
for s in [
    "2020-01-01", "20200102", "2020-W01", "2020W012", "2020-W53-7", "2020-01-01T10", "2020-01-01T10:20",
    "2020-01-01T1020", "2020-01-01T102030", "2020-01-01T10:20:30.1", "2020-01-01T10:20:30.123456789",
    "2020-01-01 10:20:30,5", "2020-01-01T10:20:30Z", "2020-01-01T10:20:30+05", "2020-01-01T10:20:30-0130",
    "2020-01-01T10:20:30+01:30:15", "2020-01-01T10:20:30+01:30:15.5", "2020-01-01T10:20+00:00", "2020-01-01x10:20",
    "20200101T102030Z", "2020-01-01T00:00:00-00:00",
]:
    print(s, repr(datetime.fromisoformat(s)))
for s in ["2020-01-01", "20200202", "2021-W52", "2021W527"]:
    print(s, repr(date.fromisoformat(s)))
for s in ["10", "10:20", "1020", "10:20:30.5", "T10:20:30", "10:20:30+02:00", "102030Z", "10:20:30.123456789-03"]:
    print(s, repr(time.fromisoformat(s)))
print(datetime.fromisoformat(dt.isoformat()) == dt, date.fromisoformat(str(date(9, 9, 9))), datetime.fromisoformat(str(dt.replace(tzinfo=timezone(timedelta(hours=-4))))))

# === errors ===
for s in ["", "2020", "2020-1-01", "2020-01-01T", "2020-01-01T10:2", "2020-13-01", "2020-02-30", "2020-01-01T25:00", "2020-01-01T10:20:30.", "2020-01-01T10:20:30+", "2020-01-01T10:20:30+5", "2020-W54", "2020-01-01T10:20:30 ", "20200101T1"]:
    try:
        print(repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["2020-01-01T00:00", "2020-01", "2020-001"]:
    try:
        date.fromisoformat(s)
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["25:00", "1", "10:20:30.x", "10-20"]:
    try:
        time.fromisoformat(s)
    except ValueError as e:
        print(type(e).__name__, e)
for f in [date.fromisoformat, datetime.fromisoformat, time.fromisoformat]:
    try:
        f(20200101)
    except TypeError as e:
        print(type(e).__name__, e)
