# expect: ok
d = {}
d['me'] = d
print(d)
# stdout: {'me': {...}}
