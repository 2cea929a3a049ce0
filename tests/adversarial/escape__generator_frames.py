# expect: ok
# stdout: gi_frame AttributeError
# stdout: gi_code AttributeError
# stdout: gi_yieldfrom AttributeError
# stdout: gi_running AttributeError
# stdout: __code__ AttributeError
# stdout: __globals__ AttributeError
# stdout: __closure__ AttributeError
# stdout: tb_frame AttributeError
# stdout: f_back AttributeError
# stdout: cm gen AttributeError
# stdout: cm func AttributeError
# stdout: send AttributeError
# A generator's frame is plain VM data: nothing of it (or of the function,
# the traceback or a contextmanager around it) is reachable from Python.
from contextlib import contextmanager


def outer():
    secret = 42

    def gen():
        x = yield secret
        yield x

    return gen


gen_fn = outer()
g = gen_fn()
next(g)


def probe(label, get):
    try:
        get()
        print(label, "reachable")
    except AttributeError:
        print(label, "AttributeError")


probe("gi_frame", lambda: g.gi_frame)
probe("gi_code", lambda: g.gi_code)
probe("gi_yieldfrom", lambda: g.gi_yieldfrom)
probe("gi_running", lambda: g.gi_running)
probe("__code__", lambda: gen_fn.__code__)
probe("__globals__", lambda: gen_fn.__globals__)
probe("__closure__", lambda: gen_fn.__closure__[0].cell_contents)
try:
    g.throw(ValueError("x"))
except ValueError as e:
    probe("tb_frame", lambda: e.__traceback__.tb_frame)
    probe("f_back", lambda: g.gi_frame.f_back)


@contextmanager
def cm():
    yield 1


c = cm()
probe("cm gen", lambda: c.gen.gi_frame)
probe("cm func", lambda: cm.__wrapped__.__globals__)
probe("send", lambda: g.send.__self__.gi_frame)
