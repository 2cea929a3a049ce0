import time

# === gmtime and struct_time ===
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(t[0], t[-1], t[1:3], len(t), list(t), tuple(t) == t, t == time.gmtime(1700000000.9))
print(time.gmtime(0), time.gmtime(-86400).tm_year, time.gmtime(951782400).tm_yday)
print(time.localtime(1700000000), time.localtime(0).tm_zone)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(s, s.tm_zone, s.tm_gmtoff, s == (2020, 1, 2, 3, 4, 5, 3, 2, 0))

# === mktime, asctime, ctime ===
print(time.mktime(t), time.mktime((2020, 1, 1, 0, 0, 0, 0, 1, -1)), time.mktime(time.gmtime(5)))
print(time.asctime(t), time.asctime((2020, 2, 9, 1, 2, 3, 6, 40, 0)), time.ctime(0), time.ctime(1700000000.5))
print(time.timezone, time.altzone, time.daylight, time.tzname)

# === sleep ===
print(time.sleep(0), time.sleep(0.25))

# === errors ===
for thunk in [
    lambda: time.sleep(-1),
    lambda: time.sleep("1"),
    lambda: time.gmtime("1"),
    lambda: time.gmtime(float("nan")),
    lambda: time.struct_time((1, 2)),
    lambda: time.asctime(5),
    lambda: t.tm_nothing,
]:
    try:
        thunk()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
