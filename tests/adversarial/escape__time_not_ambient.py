# expect: exception=PermissionError
# limits: duration=1
# stdout: None
# sleep never blocks the host; reading the clock needs the clock capability
import time
print(time.sleep(100))
time.time()
