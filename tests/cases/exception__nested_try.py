# === inner handles, outer sees nothing ===
try:
    try:
        raise ValueError("inner")
    except ValueError:
        print("inner handled")
    print("after inner try")
except ValueError:
    print("outer (not reached)")

# === inner doesn't match, outer handles ===
try:
    try:
        raise KeyError("k")
    except ValueError:
        print("not reached")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer handled", e)

# === exception in inner except handler ===
try:
    try:
        raise ValueError("first")
    except ValueError:
        print("handling first")
        raise TypeError("second")
except TypeError as e:
    print("outer got", e)

# === nested in functions ===
def level3():
    raise IndexError("deep")

def level2():
    try:
        level3()
    finally:
        print("level2 cleanup")

def level1():
    try:
        level2()
    except KeyError:
        print("wrong")
    finally:
        print("level1 cleanup")

try:
    level1()
except IndexError as e:
    print("top got", e)

# === try inside except ===
try:
    raise RuntimeError("a")
except RuntimeError:
    try:
        raise ValueError("b")
    except ValueError as inner:
        print("inner in handler:", inner)
    print("still in outer handler")

# === try inside finally ===
try:
    pass
finally:
    try:
        1 / 0
    except ZeroDivisionError:
        print("caught inside finally")

# === loop with nested try ===
log = []
for i in range(4):
    try:
        try:
            if i == 1:
                raise ValueError(i)
            if i == 2:
                raise KeyError(i)
            log.append(("ok", i))
        except ValueError as e:
            log.append(("value", e.args[0]))
    except KeyError as e:
        log.append(("key", e.args[0]))
print(log)
