from typing import NamedTuple, List, Optional

class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 0
    tags: Optional[List[str]] = None

    def label(self):
        return f"{self.name} ({self.dept})"

e = Employee("ann", "eng", 100)
print(e, e.label(), e.salary, e[1], len(e), e._fields, Employee._field_defaults)
print(e._asdict(), e._replace(salary=120), Employee("bob", "ops"))
name, dept, salary, tags = e
print(name, dept, salary, tags, e == ("ann", "eng", 100, None))
staff = [Employee("c", "ops", 50), e, Employee("d", "eng", 70)]
print(sorted(staff, key=lambda s: s.salary)[0].name, max(staff, key=lambda s: s.salary).name)
by_dept = {}
for s in staff:
    by_dept.setdefault(s.dept, []).append(s.name)
print(by_dept)

Pt = NamedTuple("Pt", [("x", int), ("y", int)])
print(Pt(1, 2), Pt._fields)
try:
    Employee()
except TypeError as err:
    print("TypeError", err)
try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as err:
    print("TypeError", err)
