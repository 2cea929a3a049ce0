# === three levels of calls ===
def level3(x):
    if x > 2:
        raise RuntimeError(f"level3 failed with x={x}")
    return x * 10

def level2(x):
    return level3(x) + 1

def level1(xs):
    out = []
    for x in xs:
        out.append(level2(x))
        print("processed", x, "->", out[-1])
    return out

# === uncaught RuntimeError raised deep inside ===
level1([1, 2, 3, 4])
