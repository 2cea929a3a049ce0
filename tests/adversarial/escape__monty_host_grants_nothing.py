# expect: ok
# stdout: None None None None
# the private lookup module finds only host functions the run declared
import _monty_host
print(_monty_host.external('now'), _monty_host.external('open'), _monty_host.external('__import__'), _monty_host.external(''))
import datetime
try:
    datetime.datetime.now()
except PermissionError:
    pass
