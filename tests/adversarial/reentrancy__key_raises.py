# expect: exception=ZeroDivisionError
sorted([1, 2, 3], key=lambda v: 1 / (v - 2))
