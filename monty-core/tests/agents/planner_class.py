# a planner object holding state across tool calls, with exceptions and retries
class Planner:
    def __init__(self, goal):
        self.goal = goal
        self.steps = []
        self.failures = 0

    def act(self, tool, *args, **kwargs):
        for attempt in range(2):
            try:
                if tool == "fail" and attempt == 0:
                    fail(self.goal)
                r = lookup(tool, *args, **kwargs)
                self.steps.append((tool, r["score"]))
                return r
            except ValueError:
                self.failures += 1
        return None

p = Planner("ship it")
p.act("calendar", "monday")
p.act("fail")
p.act("email", to="team", urgent=True)
print(p.steps, p.failures)
sum(s for _, s in p.steps)
