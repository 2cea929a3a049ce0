# expect: exception=TypeError
# A class-level iteration hook that returns a class would make iteration recurse
# in native code: it is refused instead.
class Loop:
    def __class_iter__(cls):
        return Loop


for x in Loop:
    pass
