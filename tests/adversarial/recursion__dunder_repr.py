# expect: exception=RecursionError
# A __repr__ that recurses through repr() nests native calls: bounded, caught as RecursionError.
class Loop:
    def __repr__(self):
        return repr(self)


repr(Loop())
