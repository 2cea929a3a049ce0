# expect: exception=RuntimeError
d = {1: 1, 2: 2}
for k, v in d.items():
    d.pop(k)
