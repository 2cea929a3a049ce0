# expect: exception=RecursionError
# __init_subclass__ that defines a subclass of the class being created: each
# class creation calls back into Python from native code, and that depth is bounded.
class A:
    def __init_subclass__(cls):
        class B(cls):
            pass


class C(A):
    pass
