"""Type checking with ty: `Monty(..., type_check=True)` and `Monty.type_check`."""

import pickle

import pytest

import monty

pytestmark = pytest.mark.skipif(not monty.TYPECHECK_AVAILABLE, reason='built without the typecheck feature')

STUBS = '''
def get_weather(city: str) -> dict[str, float]:
    """The weather in a city."""
    ...

async def fetch(url: str) -> str: ...
'''


def test_wrong_argument_type_raises_typing_error():
    code = "w = get_weather('Oslo')\nprint(w['temp'] + 1)\nget_weather(3)\n"
    with pytest.raises(monty.MontyTypingError) as info:
        monty.Monty(code, external_functions=['get_weather'], type_check=True, type_check_stubs=STUBS)
    err = info.value
    assert isinstance(err, monty.MontyError)
    [d] = err.diagnostics
    assert (d.rule, d.severity, d.line, d.column) == ('invalid-argument-type', 'error', 3, 13)
    assert 'get_weather' in d.message
    assert 'invalid-argument-type' in str(err)
    assert str(err).endswith('Found 1 diagnostic (1 error)')
    assert err.display('concise') == f'3:13: [invalid-argument-type] {d.message}'


def test_clean_program_compiles_and_runs():
    code = "w = get_weather(city)\nw['temp'] + 1\n"
    m = monty.Monty(
        code, inputs=['city'], external_functions=['get_weather'], type_check=True, type_check_stubs=STUBS
    )
    assert m.run(inputs={'city': 'Oslo'}, external_functions={'get_weather': lambda c: {'temp': 2.5}}) == 3.5


def test_type_check_returns_diagnostics_without_running():
    assert monty.Monty.type_check("get_weather('x')", stubs=STUBS) == []
    found = monty.Monty.type_check('get_weather()\nundefined_name\n', stubs=STUBS)
    assert [(d.rule, d.line) for d in found] == [('missing-argument', 1), ('unresolved-reference', 2)]
    assert all(d.rendered.endswith('\n') for d in found)


@pytest.mark.parametrize(
    'code,rule',
    [
        ("get_weather('a', 'b')", 'too-many-positional-arguments'),
        ("get_weather('a').upper()", 'unresolved-attribute'),
        ("x = await get_weather('a')", 'invalid-await'),
        ('import socket', 'unavailable-module'),
    ],
)
def test_rules(code, rule):
    rules = [d.rule for d in monty.Monty.type_check(code, stubs=STUBS)]
    assert rule in rules


def test_tool_set_stubs_are_checked_against():
    def add(a: int, b: int) -> int:
        """Add two numbers."""
        return a + b

    tools = monty.ToolSet(add)
    assert monty.Monty.type_check('add(1, 2)', tools=tools) == []
    [d] = monty.Monty.type_check("add(1, 'two')", tools=tools)
    assert d.rule == 'invalid-argument-type'
    with pytest.raises(monty.MontyTypingError):
        monty.Monty("add(1, 'two')", tools=tools, type_check=True)
    # tool stubs and given stubs together
    assert monty.Monty.type_check("add(1, len(get_weather('x')))", tools=tools, stubs=STUBS) == []


def test_async_tool_must_be_awaited():
    async def lookup(key: str) -> str:
        return key

    tools = monty.ToolSet(lookup)
    assert monty.Monty.type_check("v = await lookup('k')\nv.upper()\n", tools=tools) == []
    rules = [d.rule for d in monty.Monty.type_check("lookup('k').upper()\n", tools=tools)]
    assert 'unresolved-attribute' in rules


def test_inputs_are_known_names_and_script_name_renders():
    assert monty.Monty.type_check('x + 1', inputs=['x']) == []
    [d] = monty.Monty.type_check('x + 1')
    assert d.rule == 'unresolved-reference'
    [d] = monty.Monty.type_check('y', script_name='agent.py')
    assert 'agent.py:1:1' in d.rendered
    with pytest.raises(ValueError, match='not a Python identifier'):
        monty.Monty.type_check('1', inputs=['not valid'])


def test_typing_error_and_diagnostics_pickle():
    with pytest.raises(monty.MontyTypingError) as info:
        monty.Monty('get_weather(1)', type_check=True, type_check_stubs=STUBS)
    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is monty.MontyTypingError
    assert str(copy) == str(info.value)
    assert copy.diagnostics == info.value.diagnostics


def test_async_stubs_must_be_awaited():
    code = "page = fetch('u')\npage.upper()\n"
    rules = [d.rule for d in monty.Monty.type_check(code, stubs=STUBS)]
    assert 'unresolved-attribute' in rules
    assert monty.Monty.type_check("page = await fetch('u')\npage.upper()\n", stubs=STUBS) == []
