# expect: exception=ModuleNotFoundError
import subprocess
subprocess.run(['ls'])
