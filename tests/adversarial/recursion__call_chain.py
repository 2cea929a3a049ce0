# expect: exception=RecursionError
# An instance whose __call__ is itself an instance: unwrapping is bounded.
class C:
    pass


c = C()
C.__call__ = c
c()
