# expect: exception=ImportError
# `os` is only getenv/environ (through the env capability), sep and linesep
from os import system
system('ls')
