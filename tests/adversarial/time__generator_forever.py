# expect: limit=time
# limits: duration=2
def g():
    i = 0
    while True:
        yield i
        i += 1
for x in g():
    pass
