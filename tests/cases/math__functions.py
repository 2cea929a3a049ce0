import math

# === constants ===
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)

# === basic functions ===
print(math.sqrt(2), math.sqrt(0.0), math.exp(1), math.exp(-1.5), math.log(10), math.log(8, 2), math.log(100, 10))
print(math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10), math.pow(2, 10), math.pow(2.5, -1.5))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2))
print(math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-3.25))
print(math.cbrt(-8.0) in (-2.0, -2.0000000000000004), math.exp2(10), math.log(2 ** 1000), math.log2(2 ** 2000), math.log10(10 ** 400))

# === rounding returns int ===
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5), math.floor(True))
print(math.floor(1e20), math.ceil(1e300) == 10 ** 300 or "big", type(math.floor(2.5)).__name__)

# === integer functions ===
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.gcd(12, 18), math.gcd(), math.gcd(0, 0), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(), math.lcm(3, 0))
print(math.isqrt(99), math.isqrt(10 ** 30), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.perm(3, 5))

# === predicates ===
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))

# === sums and products ===
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=2))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0))
