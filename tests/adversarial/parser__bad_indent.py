# expect: syntax=any
if True:
pass
