# expect: exception=ImportError
# `os` has no process functions: only getenv/environ and files in mounts (capabilities)
from os import system
system('ls')
