# expect: ok
import sys
for name in ('modules', 'path', 'executable', 'environ', '_getframe', 'settrace', 'setprofile',
             'meta_path', 'stdin', '__stdin__', 'exc_info', 'gettrace', 'prefix'):
    assert not hasattr(sys, name), name
try:
    sys.exit(0)
except SystemExit as e:
    print('exit', e.code)
print('done')
# stdout: exit 0
# stdout: done
