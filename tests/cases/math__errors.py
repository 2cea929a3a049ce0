import math

cases = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-1),
    lambda: math.log(10, 0),
    lambda: math.log(1, 1),
    lambda: math.exp(1000),
    lambda: math.acos(2),
    lambda: math.pow(0, -1),
    lambda: math.pow(10, 400),
    lambda: math.fmod(1, 0),
    lambda: math.factorial(-1),
    lambda: math.factorial(1.5),
    lambda: math.floor("x"),
    lambda: math.sqrt("x"),
    lambda: math.gcd(1.5),
    lambda: math.isqrt(-1),
    lambda: math.comb(-1, 2),
    lambda: math.comb(5, -2),
    lambda: math.floor(float("inf")),
    lambda: math.floor(float("nan")),
    lambda: math.ldexp(1.0, 10000),
    lambda: math.cosh(1000),
    lambda: math.sqrt(),
    lambda: math.sqrt(1, 2),
    lambda: math.atan2(1),
    lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.dist((1, 2), (1, 2, 3)),
    lambda: math.log(None),
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)

# === special values pass through ===
print(math.sqrt(math.inf), math.exp(-math.inf), math.atan(math.inf), math.pow(math.inf, 0), math.pow(1, math.nan))
print(math.fmod(5, math.inf), math.copysign(1, math.nan) in (1.0, -1.0), math.isnan(math.sin(math.nan)))
try:
    math.sin(math.inf)
except ValueError as e:
    print("ValueError", e)
