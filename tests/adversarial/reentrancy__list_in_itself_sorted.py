# expect: exception=TypeError
x = [1]
x.append(x)
x.sort()
