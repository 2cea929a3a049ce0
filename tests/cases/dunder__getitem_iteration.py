# === a class with only __getitem__ is iterable (the sequence protocol) ===
class Letters:
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i].upper()


print(list(Letters("abc")), "B" in Letters("abc"), "z" in Letters("abc"))
for ch in Letters("hi"):
    print(ch)
print(sorted(Letters("cab")), ",".join(Letters("xy")), type(iter(Letters("q"))).__name__)

# === StopIteration also ends it ===
class Upto:
    def __getitem__(self, i):
        if i >= 3:
            raise StopIteration
        return i * 10


print(list(Upto()), sum(Upto()))

# === other errors propagate ===
class Broken:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("broken at 1")
        return i


try:
    list(Broken())
except KeyError as e:
    print("KeyError:", e)
