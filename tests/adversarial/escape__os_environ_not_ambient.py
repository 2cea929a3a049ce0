# expect: exception=PermissionError
# stdout: None
# stdout: / False
# no env capability: the module imports, reading a variable is refused, nothing is listed
import os
import _monty_host
print(_monty_host.external('getenv'))
print(os.sep, hasattr(os, 'system'))
os.environ['HOME']
