# typed records built from tool results, then serialized
from dataclasses import dataclass, asdict, field
import json

@dataclass
class Order:
    id: int
    customer: str
    lines: list = field(default_factory=list)

orders = []
for i, name in enumerate(["ann", "bo", "cy"]):
    info = customer(name)
    o = Order(i, name)
    for sku in ["a", "b"][: 1 + i % 2]:
        o.lines.append(price(sku, qty=i + 1)["score"])
    orders.append(o)
print(json.dumps([asdict(o) for o in orders]))
sum(sum(o.lines) for o in orders)
