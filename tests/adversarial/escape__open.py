# expect: exception=PermissionError
# Without the fs capability (no mounts), the builtin open reaches nothing.
open('/etc/passwd').read()
