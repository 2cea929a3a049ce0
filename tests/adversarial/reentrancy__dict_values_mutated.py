# expect: exception=RuntimeError
d = {1: 1}
for v in d.values():
    d[v + 1] = v
