# bench: N=50
# Exceptions raised and caught inside loops, try/finally, custom messages.
def parse(s):
    if not s.isdigit():
        raise ValueError("bad value: " + s)
    return int(s)


data = [str(i) if i % 3 else "x" + str(i) for i in range(100)]
ok = 0
bad = 0
cleanup = 0
for rep in range(N * 10):
    for s in data:
        try:
            ok += parse(s)
        except ValueError as e:
            bad += len(str(e))
        finally:
            cleanup += 1
    try:
        {}["missing"]
    except KeyError:
        bad += 1
print(ok, bad, cleanup)
