def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# === conversions ===
t(lambda: b'%s %b|%5s|%-5s|%.2s' % (b'x', bytearray(b'y'), b'r', b'l', b'trunc'))
t(lambda: b'%r %a' % ('é', b'\xff'))
t(lambda: b'%d %i %u %x %X %o %#x %#o %+d % d %05d %-4d|' % (1, 2, 3, 255, 255, 8, 255, 8, 5, 5, -42, 7))
t(lambda: b'%f %.2f %e %g %G %10.3f %-8.1f|' % (1.5, 3.14159, 12345.678, 0.00001, 1e20, 2.5, 2.25))
t(lambda: b'%c%c%c' % (65, b'B', bytearray(b'C')))
t(lambda: b'%% %s %%' % b'mid')
t(lambda: b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
t(lambda: b'%s' % b'single')
t(lambda: b'%d' % True)
t(lambda: b'\xff%s\x00' % b'\xfe')
t(lambda: b'no args' % ())
# === mapping form ===
t(lambda: b'%(a)s-%(b)d' % {b'a': b'x', b'b': 3})
t(lambda: b'%(a)s' % {'a': b'x'})
# === bytearray ===
t(lambda: bytearray(b'%s=%d') % (b'k', 1))
t(lambda: type(bytearray(b'%s') % b'') .__name__)
# === errors ===
t(lambda: b'%c' % 256)
t(lambda: b'%c' % 'a')
t(lambda: b'%c' % b'ab')
t(lambda: b'%s' % 'a')
t(lambda: b'%s' % 1)
t(lambda: b'%b' % 3)
t(lambda: b'%s %s' % (b'1',))
t(lambda: b'%s' % (b'1', b'2'))
t(lambda: b'%z' % 1)
t(lambda: b'%d' % b'x')
t(lambda: b'%x' % 1.5)
t(lambda: b'%' % ())
t(lambda: b'%(a' % {})
t(lambda: b'%f' % 'x')
class WithBytes:
    def __bytes__(self):
        return b'dunder'
t(lambda: b'[%s]' % WithBytes())
# === what counts as the mapping ===
import collections
class M:
    def __getitem__(self, k):
        return k * 2
t(lambda: ('%(a)s' % collections.OrderedDict(a=1), b'%(a)s' % collections.defaultdict(int, {b'a': b'v'}), '%(ab)s' % M(), b'%(ab)s' % M()))
t(lambda: ('' % [1], b'' % [1], '' % range(3), '' % b'x', '%s' % [1], '%d' % True))
t(lambda: '%(a)s' % [1])
t(lambda: '%(a)s' % b'x')
t(lambda: b'%(a)s' % b'x')
t(lambda: b'' % b'x')
t(lambda: b'' % bytearray(b'x'))
t(lambda: '' % 'x')
t(lambda: '' % {1, 2})
t(lambda: '' % 5)
t(lambda: '%s %s' % {'a': 1})
t(lambda: b'%s %s' % {b'a': 1})
t(lambda: ('%s' % {'a': 1}, '%(a)s %s' % {'a': 1}))
