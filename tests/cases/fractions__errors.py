from fractions import Fraction as F

def attempt(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: F(1, 0))
attempt(lambda: F(-3, 0))
attempt(lambda: F('5/0'))
attempt(lambda: F(1, 2) / 0)
attempt(lambda: F(-3, 2) / F(0))
attempt(lambda: 1 / F(0))
attempt(lambda: F(0) ** -1)
attempt(lambda: F(0, 5) ** -2)
attempt(lambda: F(1, 2) // 0)
attempt(lambda: F(1, 2) % F(0))
attempt(lambda: divmod(F(1, 2), 0))
for bad in ['', ' ', 'abc', '1/2/3', '1 /2', '1.5/2', '1e', '1__0', '_1', '1_', '3/-4', '+-1', '.', 'e5', '1.2.3', 'inf', 'nan', '0x10', '1/2e3']:
    attempt(lambda: F(bad))
attempt(lambda: F(1.5, 2))
attempt(lambda: F('1', 2))
attempt(lambda: F([1]))
attempt(lambda: F(None))
attempt(lambda: F(float('nan')))
attempt(lambda: F(float('inf')))
attempt(lambda: F.from_float('1.5'))
attempt(lambda: F(1, 3).limit_denominator(0))
attempt(lambda: F(1, 2) + 'a')
attempt(lambda: 'a' * F(1, 2))
attempt(lambda: format(F(1, 3), '.2f'))
attempt(lambda: int(F(-7, 2)))
