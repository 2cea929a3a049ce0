from decimal import Decimal as D, getcontext, localcontext

print(D('19.99') * 3, D('0.1') + D('0.2'), D('0.1') + D('0.2') == D('0.3'), D('1.30') + D('1.20'), D('10') - D('0.001'))
print(sum([D('19.99'), D('5.01'), D('0.10')]), sum([D('0.1')] * 10), sum([D('1.10'), 2, 3]))
print(D(1) / D(3), D(2) / D(3), D(1) / D(4), D(10) / D(4), D('1.00') / D('0.5'), D(100) / D(10), D('1E+2') / D('3'), D(0) / D(5), D('0.00') / D('3.0'))
print(D(7) // D(2), D(-7) // D(2), D(7) % D(2), D(-7) % D(2), D('7.5') % D('2'), D(-4) % D(2), divmod(D(7), D(-2)), divmod(D('10.5'), 3))
print(D(2) ** 10, D('1.1') ** 2, D('2.0') ** 3, D(10) ** 30, D(2) ** -2, D(3) ** -1, D('0.5') ** -2, D(-2) ** 3, D(-2) ** -3, D(0) ** 5, D(7) ** 0, D(2) ** 200)
print(D('1.0001') ** 1000, D('0.99') ** 12345, D('1.5') ** D(3), 2 ** D(5))
print(D(1) + 1, 1 + D(1), 5 - D('0.5'), D('1.5') * 2, 2 * D('1.5'), 1 / D(8), 7 // D(2), 7 % D(3), D(2) ** 3)
print(-D('1.50'), +D('-0'), -D('0'), abs(D('-3.2')), abs(D('-0.0')), +D('1.234567890123456789012345678901'), -D('Infinity'))
print(D(2).sqrt(), D(4).sqrt(), D('0.0100').sqrt(), D('1E+4').sqrt(), D(0).sqrt(), D('0.00').sqrt(), D('1E-3').sqrt(), D(10**60 + 1).sqrt(), D('Infinity').sqrt())
print(D('123.456789').quantize(D('0.01')), D('2.675').quantize(D('0.01')), D('-2.675').quantize(D('1e-2')), D('7.325').quantize(D('.01'), rounding='ROUND_HALF_UP'), D('5').quantize(D('0.001')), D('1.5').quantize(D('1E+1')))
print(D('123.456').to_integral_value(), D('2.5').to_integral_value(), D('3.5').to_integral(), D('-2.5').to_integral_value(rounding='ROUND_HALF_UP'), D('1E+5').to_integral_value())
print(D('5.000').normalize(), D('-0.00').normalize(), D('100').normalize(), D('1.2300E+3').normalize(), D('0.000100').normalize(), D('120.45600').normalize())
print(D(1) + D('1E-40'), D('1E+40') + D(1), D('1E+40') - D(1), D(1) - D('1E-40'), D('1E+40') + D('-1E+40'), D('0.000') + D('0.00'), D('0E-50') + D(1))
print(D('123456789012345678901234567890') + 0, D('99999999999999999999999999999') + 1, D('9.999999999999999999999999999999') * 1)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D('123.456789') + 0, D(2).sqrt(), D('99999.9') + 0, ctx.prec)
    ctx.rounding = 'ROUND_DOWN'
    print(D(2) / D(3), D(-2) / D(3), D('1.99999999') * 1)
print(getcontext().prec, D(1) / D(7))
with localcontext(prec=3, rounding='ROUND_CEILING'):
    print(D(1) / D(3), D(-1) / D(3), D('1.001') + 0)
x = D('0')
for i in range(12):
    x += D('0.01') * i
print(x, x * D('1.075'), (x * D('1.075')).quantize(D('0.01'), 'ROUND_HALF_UP'))
for s in ['1', '-1', '0', '9.999999999999999999999999999', '1.000000000000000000000000000', '-1.000000000000000000000000000', '0.5', '1E+5', '123456789012345678901234567890']:
    print(s, D(s).next_plus(), D(s).next_minus())
print(D('Infinity').next_plus(), D('-Infinity').next_plus(), D('Infinity').next_minus())
# integer powers round each squaring to prec + digits(n) + 2 digits, then once to prec (as CPython)
with localcontext(prec=2, rounding='ROUND_HALF_DOWN'):
    print(D('18415.2471803945') ** 4, D('1.05') ** 3, D(3) ** -3)
with localcontext(prec=5):
    print(D('2.25854E+40') ** 9, D('1.0001') ** 10000, D('0.7') ** -7)
with localcontext(prec=28, rounding='ROUND_UP'):
    print(D('1.741044416536298807534870232E+55') ** 7, D(2) ** 100, D('1.5') ** -20)
