from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, getcontext

CENT = Decimal('0.01')
items = [('widget', Decimal('19.99'), 3), ('gadget', Decimal('4.25'), 7), ('gizmo', Decimal('0.333'), 9), ('bolt', Decimal('0.05'), 120)]
subtotal = Decimal('0')
for name, price, qty in items:
    line = (price * qty).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f'{name:<8}{qty:>4} x {price:>7} = {line:>9}')
tax = (subtotal * Decimal('0.0825')).quantize(CENT, ROUND_HALF_UP)
total = subtotal + tax
print(f'subtotal {subtotal}, tax {tax}, total {total}, {total:,.2f}, {total:>12,.2f}')
share = (total / 3).quantize(CENT, rounding=ROUND_DOWN)
print('split three ways:', share, share * 3, total - share * 3)
print(sum(Decimal(x) for x in ['0.1', '0.2', '0.3']) == Decimal('0.6'), sum([Decimal('1.10')] * 3))
rate = Decimal('0.05') / 12
balance = Decimal('10000')
for month in range(1, 13):
    interest = (balance * rate).quantize(CENT, ROUND_HALF_UP)
    balance += interest
print('after a year:', balance, (balance / Decimal('10000') - 1) * 100)
prices = [Decimal('2.675'), Decimal('2.665'), Decimal('-2.675'), Decimal('1.005')]
print([str(p.quantize(CENT)) for p in prices], [str(p.quantize(CENT, ROUND_HALF_UP)) for p in prices], [str(p.quantize(CENT, ROUND_CEILING)) for p in prices])
print(round(Decimal('2.675'), 2), round(Decimal('1234.5')), int(Decimal('99.99')), float(Decimal('99.99')), str(Decimal('99.990').normalize()))
print(max(prices), min(prices), sorted(prices), Decimal('3') * Decimal('1.10') == Decimal('3.30'))
print(Decimal('100') / Decimal('7'), (Decimal('100') / Decimal('7')).quantize(Decimal('0.0001')), Decimal(1) / Decimal(3) * 3)
amounts = {'a': Decimal('12.50'), 'b': Decimal('7.25')}
print(sum(amounts.values()), f"{sum(amounts.values()) / len(amounts):.3f}", '%s' % Decimal('5.0'), '{:.1%}'.format(Decimal('0.0825')))
