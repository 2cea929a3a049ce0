# expect: exception=ModuleNotFoundError
import ctypes
