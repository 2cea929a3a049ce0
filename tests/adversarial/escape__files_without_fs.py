# expect: ok
# Without the fs capability every file API refuses, naming the capability;
# none of them reaches the host's files.
# stdout: PermissionError open() needs the file system capability: grant group 'fs' (mounted directories)
# stdout: PermissionError open() needs the file system capability: grant group 'fs' (mounted directories)
# stdout: PermissionError os.listdir() needs the file system capability: grant group 'fs' (mounted directories)
# stdout: PermissionError os.path.exists() needs the file system capability: grant group 'fs' (mounted directories)
# stdout: PermissionError Path.exists() needs the file system capability: grant group 'fs' (mounted directories)
# stdout: PermissionError open() needs the file system capability: grant group 'fs' (mounted directories)
# stdout: PermissionError os.walk() needs the file system capability: grant group 'fs' (mounted directories)
import io
import os
import os.path
from pathlib import Path

for attempt in [
    lambda: open('/etc/passwd'),
    lambda: io.open('/etc/passwd', 'rb'),
    lambda: os.listdir('/'),
    lambda: os.path.exists('/etc/passwd'),
    lambda: Path('/etc/passwd').exists(),
    lambda: Path('/etc/passwd').read_text(),
    lambda: list(os.walk('/')),
]:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
