# expect: exception=ModuleNotFoundError
import shutil
shutil.rmtree('/')
