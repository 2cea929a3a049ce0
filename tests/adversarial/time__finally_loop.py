# expect: limit=time
# limits: duration=2
try:
    while True:
        pass
finally:
    while True:
        pass
