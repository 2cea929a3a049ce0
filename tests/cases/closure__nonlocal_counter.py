# === nonlocal counter ===
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c2())
print(c1())

# === nonlocal with multiple functions ===
def account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = account(50)
print(dep(25), wd(100), wd(30), get())

# === nonlocal rebinding to different type ===
def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip

t = toggler()
print(t(), t(), t())

# === nonlocal in nested loop ===
def total_of(rows):
    total = 0
    def add_row(row):
        nonlocal total
        for v in row:
            total += v
    for r in rows:
        add_row(r)
    return total

print(total_of([[1, 2], [3], [4, 5, 6]]))

# === without nonlocal: assignment creates a local ===
def no_nonlocal():
    x = 1
    def inner():
        x = 2
        return x
    r = inner()
    return x, r

print(no_nonlocal())

# === nonlocal string accumulation ===
def builder():
    s = ""
    def add(part):
        nonlocal s
        s += part
        return s
    return add

add = builder()
add("ab")
print(add("cd"))
