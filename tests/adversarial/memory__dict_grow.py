# expect: limit=memory
# limits: memory=20000000
d = {}
i = 0
while True:
    d[i] = str(i) * 10
    i += 1
