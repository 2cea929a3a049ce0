# expect: exception=ModuleNotFoundError
import socket
