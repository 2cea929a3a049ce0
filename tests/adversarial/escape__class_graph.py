# expect: ok
# stdout: __subclasses__ -> refused: AttributeError
# stdout: class __subclasses__ -> refused: AttributeError
# stdout: __globals__ -> refused: AttributeError
# stdout: function __globals__ -> refused: AttributeError
# stdout: __code__ -> refused: AttributeError
# stdout: __closure__ cells -> refused: AttributeError
# stdout: __builtins__ -> refused: AttributeError
# stdout: bases walk -> refused: AttributeError
# stdout: mro walk -> refused: AttributeError
# stdout: exception frames -> refused: AttributeError
# stdout: getattr __globals__ -> refused: AttributeError
# stdout: format field -> refused: AttributeError
# stdout: super chain -> refused: AttributeError
# stdout: vars of a class -> refused: AttributeError
# stdout: type(name, bases, dict) refused: TypeError
# stdout: True Probe True True
# A user class opens nothing of the host: its bases, MRO, methods, super
# objects and exceptions lead only to the program's own data.
class Probe:
    def method(self):
        return 1


p = Probe()
attempts = [
    ("__subclasses__", lambda: object.__subclasses__()),
    ("class __subclasses__", lambda: Probe.__subclasses__()),
    ("__globals__", lambda: p.method.__globals__),
    ("function __globals__", lambda: Probe.method.__globals__),
    ("__code__", lambda: Probe.method.__code__),
    ("__closure__ cells", lambda: Probe.method.__closure__[0]),
    ("__builtins__", lambda: p.__builtins__),
    ("bases walk", lambda: p.__class__.__bases__[0].__subclasses__()),
    ("mro walk", lambda: type(p).__mro__[-1].__subclasses__()),
    ("exception frames", lambda: ValueError("x").__traceback__.tb_frame),
    ("getattr __globals__", lambda: getattr(Probe.method, "__globals__")),
    ("format field", lambda: "{0.__globals__}".format(Probe.method)),
    ("super chain", lambda: super(Probe, p).__subclasses__()),
    ("vars of a class", lambda: vars(Probe)["method"].__globals__),
]
for name, attempt in attempts:
    try:
        attempt()
        print(name, "-> reachable!")
    except (AttributeError, TypeError) as e:
        print(name, "-> refused:", type(e).__name__)
try:
    type("Dyn", (), {})
    print("type() made a class")
except (TypeError, NotImplementedError) as e:
    print("type(name, bases, dict) refused:", type(e).__name__)
print(type(p) is Probe, p.__class__.__name__, Probe.__bases__ == (object,), Probe.__mro__[-1] is object)
