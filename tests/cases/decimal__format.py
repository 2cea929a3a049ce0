from decimal import Decimal as D, localcontext, ROUND_HALF_UP

vals = ['0', '1', '-1.5', '0.125', '1234567.891', '1.500', '123.456', '0.0001234', '1E+5', '-0.00', '99.995', '1E-10', '12345678901234567890.5']
for spec in ['', 'f', '.2f', '.0f', ',.2f', 'e', '.3e', 'E', 'g', '.3g', '.1g', 'G', '%', '.1%', '>12.2f', '<10', '^12.1f', '+.1f', ' .2f', '012.2f', '*^15,.3f', '=+10.1f', '.10f', ',']:
    print(repr(spec), [format(D(v), spec) for v in vals])
print([format(D(v), '.2f') for v in ['Infinity', '-Infinity', 'NaN']], format(D('Infinity'), '>10'), format(D('NaN'), '%'))
try:
    format(D(1), '_.1f')
except ValueError as e:
    print(type(e).__name__, e)
print(f"{D('19.99') * 3:.2f}", f"{D('1234.5'):,}", f"{D('0.125'):.2f}", f"{D('0.135'):.2f}")
with localcontext() as ctx:
    ctx.rounding = ROUND_HALF_UP
    print(format(D('0.125'), '.2f'), format(D('2.5'), '.0f'), format(D('1.25'), '.1e'))
print('%s and %r' % (D('1.10'), D('2.0')), str(D('1.10')), '{:>8}'.format(D('3.14')))
