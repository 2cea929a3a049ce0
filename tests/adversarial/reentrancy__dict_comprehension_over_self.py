# expect: exception=RuntimeError
d = {1: 1}
for k in d:
    d.update({k + 1: 0})
