# expect: exception=AttributeError
# `os` is only getenv/environ (through the env capability), sep and linesep
import os
os.system('echo pwned')
