# expect: exception=ModuleNotFoundError
from os import system
system('ls')
