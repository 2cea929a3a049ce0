# expect: exception=AttributeError
try:
    raise ValueError
except ValueError as e:
    e.__traceback__.tb_next.tb_frame
