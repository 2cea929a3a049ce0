# === int(), float(), round(), reversed() through dunder methods ===
class Fraction:
    def __init__(self, n, d):
        self.n = n
        self.d = d

    def __int__(self):
        return self.n // self.d

    def __float__(self):
        return self.n / self.d

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.n / self.d)
        return round(self.n / self.d, ndigits)

    def __bool__(self):
        return self.n != 0


f = Fraction(7, 2)
print(int(f), float(f), round(f), round(f, 1), bool(Fraction(0, 3)))

# === __index__ serves int() too ===
class Seven:
    def __index__(self):
        return 7


print(int(Seven()), float(Seven()), [0, 1, 2, 3, 4, 5, 6, 7][Seven()], "abcdefgh"[Seven()])

# === missing conversions ===
class Nothing:
    pass


for conv in (int, float, round):
    try:
        conv(Nothing())
    except TypeError as e:
        print("TypeError:", e)

# === bad return types ===
class BadInt:
    def __int__(self):
        return "3"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)

# === reversed() uses __reversed__ ===
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __reversed__(self):
        return iter(self.cards[::-1])

    def __iter__(self):
        return iter(self.cards)


d = Deck(["a", "b", "c"])
print(list(reversed(d)), list(d))
