# expect: limit=memory
x = []
while True:
    try:
        x.append('z' * 10**6)
    except BaseException:
        pass
