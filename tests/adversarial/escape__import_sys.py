# expect: exception=ModuleNotFoundError
import sys
sys.exit(0)
