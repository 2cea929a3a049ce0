# expect: exception=RecursionError
# The classic __getattr__ bug: reading a missing attribute inside __getattr__.
class Broken:
    def __getattr__(self, name):
        return self.missing


Broken().anything
