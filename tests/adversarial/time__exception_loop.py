# expect: limit=time
# limits: duration=2
while True:
    try:
        raise ValueError('x')
    except ValueError:
        pass
