# bench: N=50
# Float math: numeric integration and a small n-body-like update loop.
def integrate(f, a, b, steps):
    h = (b - a) / steps
    total = 0.5 * (f(a) + f(b))
    for i in range(1, steps):
        total += f(a + i * h)
    return total * h


def poly(x):
    return 3.0 * x * x * x - 2.0 * x * x + 0.5 * x - 7.25


xs = [0.0, 1.0, 2.5]
vs = [0.1, -0.2, 0.05]
for step in range(N * 200):
    for j in range(3):
        force = 0.0
        for k in range(3):
            if j != k:
                d = xs[k] - xs[j]
                force += d / (abs(d) ** 3 + 0.01)
        vs[j] += force * 0.001
    for j in range(3):
        xs[j] += vs[j] * 0.001
area = integrate(poly, 0.0, 2.0, N * 1000)
print(round(area, 6), [round(x, 6) for x in xs])
