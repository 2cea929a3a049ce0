# expect: limit=time
# limits: duration=2
def g():
    while True:
        yield False
any(g())
