# === an uncaught user exception reports its class name ===
class QuotaExceeded(Exception):
    def __init__(self, used, limit):
        super().__init__(f"used {used} of {limit}")
        self.used = used


def consume(n):
    if n > 10:
        raise QuotaExceeded(n, 10)
    return n


print(consume(3))
try:
    consume(11)
except QuotaExceeded as e:
    print("caught once:", e, e.used)
consume(12)
