# bench: N=80
# Class-heavy code: instances, methods, attribute access, inheritance.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))


class HeavyParticle(Particle):
    def step(self, dt):
        Particle.step(self, dt * 0.5)


particles = []
for i in range(50):
    cls = HeavyParticle if i % 3 == 0 else Particle
    particles.append(cls(Vector(i * 1.0, -i * 0.5), Vector(0.1 * (i % 7), 0.2)))
for t in range(N * 10):
    for p in particles:
        p.step(0.01)
print(round(sum(p.pos.norm2() for p in particles), 6))
