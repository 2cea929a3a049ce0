# === uncaught user exception with a custom __str__ ===
class Problem(ValueError):
    def __init__(self, items):
        super().__init__(items)
        self.items = items

    def __str__(self):
        return f"{len(self.items)} problem(s): " + ", ".join(self.items)


print("start")
raise Problem(["a missing", "b too large"])
