import time

# === strftime ===
t = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %U %W %w %y %G %V %u %%", t))
print(time.strftime("%z %Z", t), time.strftime("%c | %x | %X", t), time.strftime("%f", t))
print(time.strftime("%Y-%m-%d", (2020, 2, 29, 0, 0, 0, 5, 60, 0)))

# === strptime ===
print(time.strptime("2020-03-04", "%Y-%m-%d"))
print(time.strptime("Tue Nov 14 22:13:20 2023"))
r = time.strptime("2023-11-14 22:13:20 +0100", "%Y-%m-%d %H:%M:%S %z")
print(r, r.tm_gmtoff, r.tm_zone)
print(time.strptime("14 Nov 23 UTC", "%d %b %y %Z").tm_zone)
print(time.mktime(time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S")))

# === errors ===
for args in [("2020", "%Y-%m"), ("2020-01-01x", "%Y-%m-%d"), ("x", "%q")]:
    try:
        time.strptime(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for thunk in [lambda: time.strftime(5), lambda: time.strftime("%Y", (1, 2)), lambda: time.strftime("%Y", "x")]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
