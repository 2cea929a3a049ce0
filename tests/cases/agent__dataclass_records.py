# An agent turns raw API rows into typed records, validates, groups and reports.
from dataclasses import dataclass, field, asdict, replace
from typing import Dict, List, Optional

rows = [
    {"id": 3, "name": "widget", "price": 2.5, "tags": ["tools"]},
    {"id": 1, "name": "gadget", "price": 10.0},
    {"id": 2, "name": "doohickey", "price": -1.0, "tags": ["misc", "tools"]},
    {"id": 4, "name": "gizmo", "price": 7.25, "owner": "ann"},
]


@dataclass(order=True)
class Product:
    id: int
    name: str = field(compare=False)
    price: float = field(default=0.0, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    owner: Optional[str] = field(default=None, compare=False)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"bad price for {self.name}: {self.price}")


@dataclass(frozen=True)
class Summary:
    count: int
    total: float
    by_tag: Dict[str, int]


products: List[Product] = []
errors = []
for row in rows:
    try:
        products.append(Product(**row))
    except ValueError as e:
        errors.append(str(e))

products.sort()
print([p.id for p in products])
print(errors)
by_tag: Dict[str, int] = {}
for p in products:
    for t in p.tags or ["untagged"]:
        by_tag[t] = by_tag.get(t, 0) + 1
s = Summary(len(products), sum(p.price for p in products), by_tag)
print(s)
print(asdict(s))
discounted = [replace(p, price=round(p.price * 0.9, 2)) for p in products]
print(discounted[0])
print(max(products, key=lambda p: p.price).name)
try:
    s.count = 0
except AttributeError as e:
    print(type(e).__name__, e)
