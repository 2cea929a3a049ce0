# expect: exception=ModuleNotFoundError
import time
time.sleep(100)
