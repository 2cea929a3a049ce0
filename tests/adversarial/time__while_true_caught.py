# expect: limit=time
# limits: duration=2
try:
    while True:
        pass
except BaseException:
    print('caught')
