# expect: exception=TypeError
vars(print)
