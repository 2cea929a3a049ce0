"""Core API of the monty package: run, inputs, outputs, errors, limits, snapshots."""

import pytest

import monty


@pytest.mark.parametrize(
    'code,expected',
    [
        ('1 + 2', 3),
        ('2 ** 100', 2**100),
        ('[1, (2, 3), {"a": {4}}]', [1, (2, 3), {'a': {4}}]),
        ('frozenset([1])', frozenset([1])),
        ('b"x" * 2', b'xx'),
        ('x = 1', None),
        ('1.5', 1.5),
    ],
)
def test_run_outputs(code, expected):
    assert monty.Monty(code).run() == expected


@pytest.mark.parametrize(
    'value',
    [None, True, -(2**80), 1.25, 'é', b'\x00', [1, [2]], (1,), {'k': [1]}, {1, 2}, frozenset({3})],
)
def test_inputs_round_trip(value):
    assert monty.Monty('x', inputs=['x']).run(inputs={'x': value}) == value


@pytest.mark.parametrize('value', [object(), 1j, range(3)])
def test_unsupported_input(value):
    with pytest.raises(TypeError, match='cannot convert'):
        monty.Monty('x', inputs=['x']).run(inputs={'x': value})


def test_cyclic_and_deep_inputs():
    cyc = []
    cyc.append(cyc)
    deep = []
    for _ in range(10_000):
        deep = [deep]
    m = monty.Monty('x', inputs=['x'])
    for value in (cyc, deep):
        with pytest.raises(ValueError):
            m.run(inputs={'x': value})


def test_print_callback():
    out = []
    monty.Monty('print("hi", 1)').run(print_callback=lambda s, t: out.append((s, t)))
    assert out == [('stdout', 'hi 1\n')]


def test_errors():
    with pytest.raises(monty.MontySyntaxError):
        monty.Monty('1 +')
    with pytest.raises(monty.MontyRuntimeError) as info:
        monty.Monty('def f():\n    raise ValueError("bad")\nf()').run()
    e = info.value
    assert e.exc_type == 'ValueError' and e.message == 'bad'
    assert [f.function for f in e.traceback()] == ['<module>', 'f']
    assert str(e).startswith('Traceback (most recent call last):')


@pytest.mark.parametrize(
    'limits',
    [monty.ResourceLimits(max_instructions=1000), {'max_duration': 0.05}],
)
def test_limits(limits):
    with pytest.raises(monty.MontyLimitError):
        monty.Monty('while True:\n    pass').run(limits=limits)


def test_host_call_limit_names_the_limit_and_the_place():
    code = 'n = 0\nwhile True:\n    n = f(n)'
    limits = monty.ResourceLimits(max_host_calls=3)
    assert 'max_host_calls=3' in repr(limits)
    calls = []
    with pytest.raises(monty.MontyLimitError) as info:
        monty.Monty(code, external_functions=['f']).run(
            limits=limits, external_functions={'f': lambda n: calls.append(n) or n + 1}
        )
    assert calls == [0, 1, 2]
    assert info.value.kind == 'host_calls' and info.value.limit == 3
    assert [f.line for f in info.value.traceback()] == [3]
    assert str(info.value).endswith('MontyLimitError: host call limit exceeded: more than 3 host calls')


@pytest.mark.parametrize(
    'exc,expected', [(ValueError('v'), 'ValueError: v'), (KeyError('k'), "KeyError: 'k'")]
)
def test_external_function_exception_caught_in_sandbox(exc, expected):
    def f():
        raise exc

    code = 'try:\n    f()\nexcept Exception as e:\n    r = f"{type(e).__name__}: {e}"\nr'
    assert monty.Monty(code, external_functions=['f']).run(external_functions={'f': f}) == expected


@pytest.mark.parametrize('through_bytes', [False, True])
def test_start_resume(through_bytes):
    m = monty.Monty('a = f(1, k=2)\na + 1', external_functions=['f'])
    if through_bytes:
        m = monty.Monty.load(m.dump())
    p = m.start()
    assert isinstance(p, monty.MontySnapshot)
    assert (p.function_name, p.args, p.kwargs) == ('f', (1,), {'k': 2})
    if through_bytes:
        p = monty.MontySnapshot.load(p.dump())
    done = p.resume(return_value=41)
    assert isinstance(done, monty.MontyComplete) and done.output == 42


def test_resume_exception_and_bad_snapshot():
    p = monty.Monty('f()', external_functions=['f']).start()
    with pytest.raises(monty.MontyRuntimeError, match='ValueError: nope'):
        p.resume(exception=ValueError('nope'))
    with pytest.raises(RuntimeError):
        p.resume(return_value=1)
    with pytest.raises(monty.MontySnapshotError):
        monty.MontySnapshot.load(b'garbage')
