"""Tools from Python: @monty.function, ToolSet, granting, rendering, and the Rust capabilities."""

import dataclasses
import datetime
import enum
import json
import os
import pathlib
import sys
from typing import Any, Dict, List, Literal, Optional, Tuple, TypedDict, Union

import pytest

import monty

GOLDEN = pathlib.Path(__file__).parent / 'golden'


# Declared in Python exactly as examples/tools/tools.rs declares them in Rust.
@monty.function(group='finance')
def convert_currency(amount: float, from_currency: str, to_currency: str) -> float:
    """Convert an amount between currencies at fixed exchange rates, rounded to cents.

    Args:
        amount: The amount to convert.
        from_currency: ISO code of the amount's currency, e.g. "EUR".
        to_currency: ISO code of the currency wanted, e.g. "USD".
    """
    rates = {'EUR': 1.0, 'USD': 1.08, 'GBP': 0.86}
    if from_currency not in rates or to_currency not in rates:
        raise ValueError(f'unknown currency {from_currency if from_currency not in rates else to_currency}')
    return round(amount / rates[from_currency] * rates[to_currency], 2)


class Doc(TypedDict):
    """A search hit."""

    title: str
    url: str
    snippet: str
    score: int


@monty.function(name='search_docs', group='docs')
def search(query: str, limit: int = 3) -> List[Doc]:
    """Search the Monty documentation; the best matches come first.

    Args:
        query: Words to look for (case-insensitive).
        limit: At most this many results (default 3).
    """
    return [Doc(title=query, url='u', snippet='s', score=limit)]


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


class Color(enum.Enum):
    RED = 'red'
    BLUE = 'blue'


@monty.function
def describe(
    p: Point,
    color: Color = Color.RED,
    tags: Optional[List[str]] = None,
    pair: Tuple[int, str] = (1, 'a'),
    mode: Literal['fast', 'slow'] = 'fast',
) -> Dict[str, Any]:
    """Describe a point."""
    return {'p': p, 'color': color, 'tags': tags, 'pair': pair, 'mode': mode, 'cls': type(p).__name__}


def run(code, tools, **kw):
    return monty.Monty(code, tools=tools).run(**kw)


def test_decorator_without_and_with_arguments():
    assert monty.Tool.of(describe).name == 'describe'
    assert monty.Tool.of(describe).group is None
    assert monty.Tool.of(search).name == 'search_docs'
    assert monty.Tool.of(search).group == 'docs'
    # The function stays an ordinary function.
    assert convert_currency(10, 'EUR', 'USD') == 10.8

    @monty.function(name='shout', doc='Upper-case a word.')
    def loud(word: str) -> str:
        """Ignored docstring."""
        return word.upper()

    tool = monty.Tool.of(loud)
    assert tool.doc == 'Upper-case a word.'
    assert tool.signature == 'shout(word: str) -> str'
    assert run('shout("hi")', monty.ToolSet('shout')) == 'HI'


def test_sandbox_calls_tool_with_kwargs():
    tools = monty.ToolSet().grant('convert_currency')
    assert run('convert_currency(10, to_currency="USD", from_currency="EUR")', tools) == 10.8
    assert run('convert_currency(amount=100, from_currency="EUR", to_currency="GBP")', tools) == 86.0


def test_tool_value_error_is_caught_in_the_sandbox():
    code = """
try:
    convert_currency(1, "EUR", "XYZ")
except ValueError as e:
    r = f"caught {type(e).__name__}: {e}"
r
"""
    assert run(code, monty.ToolSet(convert_currency)) == 'caught ValueError: unknown currency XYZ'


def test_uncaught_tool_error_reaches_the_host():
    with pytest.raises(monty.MontyRuntimeError) as info:
        run('convert_currency(1, "EUR", "XYZ")', monty.ToolSet(convert_currency))
    assert info.value.exc_type == 'ValueError'
    assert info.value.message == 'unknown currency XYZ'


@pytest.mark.parametrize(
    'call,message',
    [
        ('convert_currency("ten", "EUR", "USD")', "convert_currency() argument 'amount' must be float, not str"),
        ('convert_currency(True, "EUR", "USD")', "convert_currency() argument 'amount' must be float, not bool"),
        ('convert_currency(1, 2, "USD")', "convert_currency() argument 'from_currency' must be str, not int"),
        ('convert_currency(1, "EUR")', "convert_currency() missing 1 required positional argument: 'to_currency'"),
        ('convert_currency(1, "EUR", "USD", 4)', 'convert_currency() takes 3 positional arguments but 4 were given'),
        ('convert_currency(1, "EUR", "USD", rate=2)', "convert_currency() got an unexpected keyword argument 'rate'"),
        ('search_docs("q", limit=2.5)', "search_docs() argument 'limit' must be int, not float"),
        ('describe({"x": "1"})', "describe() argument 'p' at ['x'] must be int, not str"),
        ('describe({"y": 1})', "describe() argument 'p' missing field 'x'"),
        ('describe({"x": 1, "z": 1})', "describe() argument 'p' unknown field 'z', expected one of 'x', 'y'"),
        ('describe({"x": 1}, tags=["a", 2])', "describe() argument 'tags' must be list[str] | None, not list"),
        ('describe({"x": 1}, pair=(1, 2, 3))', "describe() argument 'pair' must be tuple[int, str]: expected 2 items, got 3"),
    ],
)
def test_wrong_arguments_are_type_errors_in_the_sandbox(call, message):
    code = f'try:\n    {call}\nexcept TypeError as e:\n    r = str(e)\nr'
    assert run(code, monty.ToolSet(convert_currency, search, describe)) == message


def test_literal_and_enum_values_are_value_errors():
    tools = monty.ToolSet(describe)
    code = 'try:\n    describe({"x": 1}, mode="medium")\nexcept ValueError as e:\n    r = str(e)\nr'
    assert run(code, tools) == "describe() argument 'mode' must be one of 'fast', 'slow', not 'medium'"
    code = 'try:\n    describe({"x": 1}, color="green")\nexcept ValueError as e:\n    r = str(e)\nr'
    assert run(code, tools) == "describe() argument 'color' must be one of 'red', 'blue', not 'green'"


def test_dataclass_enum_tuple_conversions_both_ways():
    result = run('describe({"x": 3}, color="blue", tags=["a"], pair=[2, "b"], mode="slow")', monty.ToolSet(describe))
    # The tool received a Point, a Color, a tuple; its result came back as plain data.
    assert result == {
        'p': {'x': 3, 'y': 0},
        'color': 'blue',
        'tags': ['a'],
        'pair': (2, 'b'),
        'mode': 'slow',
        'cls': 'Point',
    }


def test_ungranted_name_is_a_name_error():
    code = 'try:\n    r = convert_currency(10, "EUR", "USD")\nexcept NameError as e:\n    r = str(e)\nr'
    assert run(code, monty.ToolSet(search)) == "name 'convert_currency' is not defined"
    # Compiled with a tool set, run with a smaller one: the missing name is undefined too.
    m = monty.Monty(code, tools=monty.ToolSet(convert_currency, search))
    assert m.run(tools=monty.ToolSet(search)) == "name 'convert_currency' is not defined"
    assert m.run() == 10.8  # the set given to Monty(...) is the default of each run


def test_run_tools_without_declaring_them_at_construction():
    m = monty.Monty('search_docs("x")[0]["score"]')
    assert m.run(tools=monty.ToolSet('docs')) == 3
    with pytest.raises(monty.MontyRuntimeError) as info:
        m.run()
    assert info.value.exc_type == 'NameError'


def test_grant_by_name_list_group_and_revoke():
    assert monty.ToolSet().grant('finance').names == ['convert_currency']
    assert monty.ToolSet().grant(['search_docs', 'describe']).names == ['describe', 'search_docs']
    assert monty.ToolSet().grant_group('docs').names == ['search_docs']
    ts = monty.ToolSet('finance', 'docs').revoke('search_docs')
    assert ts.names == ['convert_currency'] and 'convert_currency' in ts and len(ts) == 1
    with pytest.raises(KeyError, match="no tool or group named 'nothing'"):
        monty.ToolSet().grant('nothing')
    copy = ts.copy().grant('docs')
    assert ts.names == ['convert_currency'] and copy.names == ['convert_currency', 'search_docs']


def test_plain_callables_and_add():
    ts = monty.ToolSet().add(lambda a, b: a + b, name='plus', doc='Add.')
    assert ts.signature('plus') == 'plus(a: object, b: object) -> object'
    assert run('plus(2, 3)', ts) == 5

    def double(n: int) -> int:
        return n * 2

    assert run('double(21)', monty.ToolSet(double)) == 42


def test_stubs_match_the_rust_side_byte_for_byte():
    ts = monty.ToolSet(convert_currency, search)
    assert ts.stubs() == (GOLDEN / 'example_tools.pyi').read_text()


@pytest.mark.parametrize('fmt', ['openai', 'anthropic'])
def test_tool_json_matches_the_rust_side(fmt):
    ts = monty.ToolSet(convert_currency)
    text = json.dumps(ts.tools_json(fmt), indent=2, ensure_ascii=False) + '\n'
    assert text == (GOLDEN / f'convert_currency.{fmt}.json').read_text()


def test_prompt_lists_the_stubs():
    ts = monty.ToolSet(convert_currency)
    prompt = ts.prompt()
    assert 'Solve the task by writing one Python program' in prompt
    assert ts.stubs() in prompt
    assert 'None: the program can only compute' in monty.ToolSet().prompt()


def test_schemas_of_hints():
    tool = monty.Tool.of(describe)
    props = tool.params_schema['properties']
    assert props['p'] == {'$ref': '#/$defs/Point'}
    assert tool.params_schema['$defs']['Point'] == {
        'type': 'object',
        'properties': {'x': {'type': 'integer'}, 'y': {'type': 'integer'}},
        'required': ['x'],
    }
    assert props['color'] == {'type': 'string', 'enum': ['red', 'blue']}
    assert props['tags'] == {'anyOf': [{'type': 'array', 'items': {'type': 'string'}}, {'type': 'null'}]}
    assert props['pair']['prefixItems'] == [{'type': 'integer'}, {'type': 'string'}]
    assert tool.params_schema['required'] == ['p']
    assert tool.signature == (
        "describe(p: dict, color: str = ..., tags: list[str] | None = None, pair: tuple[int, str] = ..., "
        "mode: str = 'fast') -> dict"
    )
    assert monty.Tool.of(search).result_schema['$defs']['Doc']['description'] == 'A search hit.'

    def opt(a: Optional[int], b: Union[int, str] = 1, c: Dict[str, float] = {}) -> None: ...

    t = monty.Tool(opt)
    assert t.params_schema['properties']['a'] == {'type': ['integer', 'null']}
    assert t.params_schema['properties']['b'] == {'type': ['integer', 'string']}
    assert t.params_schema['properties']['c'] == {
        'type': 'object',
        'additionalProperties': {'type': 'number', 'format': 'double'},
    }
    assert t.signature == 'opt(a: int | None, b: int | str = 1, c: dict[str, float] = ...) -> None'


@pytest.mark.skipif(sys.version_info < (3, 10), reason='X | None needs Python 3.10')
def test_pep604_union():
    ns: Dict[str, Any] = {}
    exec('def f(a: int | None = None) -> str | None: ...', ns)
    assert monty.Tool(ns['f']).signature == 'f(a: int | None = None) -> str | None'


def test_unsupported_hints_fail_at_decoration():
    with pytest.raises(TypeError, match=r"f\(\) parameter 'x' has the type hint complex, which Monty cannot describe"):

        @monty.function
        def f(x: complex) -> None: ...

    with pytest.raises(TypeError, match='dict keys must be str'):
        monty.Tool(_fn_with({'x': Dict[int, str]}))
    with pytest.raises(TypeError, match=r'\*args or \*\*kwargs'):
        monty.Tool(lambda *a: a, name='h')
    with pytest.raises(TypeError, match='identifier'):
        monty.Tool(lambda: 1, name='not a name')
    with pytest.raises(TypeError, match='result has the type hint bytes'):
        monty.Tool(_fn_with({'return': bytes}))


def _fn_with(hints):
    def fn(**_):  # replaced signature below
        ...

    import inspect

    params = [inspect.Parameter(k, inspect.Parameter.POSITIONAL_OR_KEYWORD) for k in hints if k != 'return']
    fn.__signature__ = inspect.Signature(params)
    fn.__annotations__ = dict(hints)
    fn.__name__ = 'fn'
    return fn


def test_pydantic_models_when_installed():
    pydantic = pytest.importorskip('pydantic')

    class City(pydantic.BaseModel):
        name: str
        population: int = 0

    @monty.function
    def city_size(city: City) -> City:
        """Double a city."""
        return City(name=city.name, population=city.population * 2)

    tool = monty.Tool.of(city_size)
    assert tool.params_schema['properties']['city'] == {'$ref': '#/$defs/City'}
    assert tool.signature == 'city_size(city: dict) -> dict'
    ts = monty.ToolSet(city_size)
    assert run('city_size({"name": "Oslo", "population": 2})', ts) == {'name': 'Oslo', 'population': 4}
    code = 'try:\n    city_size({"population": "many"})\nexcept TypeError as e:\n    r = str(e)\nr'
    assert run(code, ts).startswith("city_size() argument 'city' is not a valid City: ['name']: Field required")


def test_typed_dict_with_total_false_and_nesting():
    class Opts(TypedDict, total=False):
        depth: int

    class Req(TypedDict):
        path: str
        opts: Opts

    @monty.function
    def fetch(req: Req) -> int:
        return req['opts'].get('depth', -1)

    ts = monty.ToolSet(fetch)
    assert run('fetch({"path": "/", "opts": {}})', ts) == -1
    assert run('fetch({"path": "/", "opts": {"depth": 4}})', ts) == 4
    code = 'try:\n    fetch({"path": "/", "opts": {"depth": "x"}})\nexcept TypeError as e:\n    r = str(e)\nr'
    assert run(code, ts) == "fetch() argument 'req' at ['opts']['depth'] must be int, not str"


def test_toolset_call_answers_snapshots():
    ts = monty.ToolSet(convert_currency)
    snap = monty.Monty('convert_currency(2, "EUR", "USD") * 10', external_functions=['convert_currency']).start()
    done = snap.resume(return_value=ts.call(snap.function_name, *snap.args, **snap.kwargs))
    assert done.output == 21.6
    with pytest.raises(ValueError, match='unknown currency'):
        ts.call('convert_currency', 1, 'EUR', 'XYZ')
    with pytest.raises(NameError):
        ts.call('nothing')


def test_base_exceptions_stop_the_run():
    @monty.function
    def interrupt() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run('try:\n    interrupt()\nexcept BaseException:\n    pass', monty.ToolSet(interrupt))


def test_bad_results_are_type_errors_in_the_sandbox():
    @monty.function
    def weird() -> Any:
        return object()

    code = 'try:\n    weird()\nexcept TypeError as e:\n    r = str(e)\nr'
    assert run(code, monty.ToolSet(weird)).startswith("external function 'weird' returned a value Monty cannot use")


def test_frozen_clock():
    ts = monty.ToolSet().grant_clock(frozen='2026-11-27T09:30:00Z')
    assert ts.names == ['monotonic', 'now', 'timestamp']
    assert run('[now(), timestamp(), monotonic()]', ts) == ['2026-11-27T09:30:00+00:00', 1795771800.0, 0.0]
    aware = datetime.datetime(2026, 11, 27, 10, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    assert run('now()', monty.ToolSet().grant_clock(frozen=aware)) == '2026-11-27T09:30:00+00:00'
    assert run('timestamp()', monty.ToolSet().grant_clock(frozen=1.5)) == 1.5
    assert isinstance(run('timestamp()', monty.ToolSet().grant_clock()), float)
    with pytest.raises(ValueError, match='timezone-aware'):
        monty.ToolSet().grant_clock(frozen=datetime.datetime(2026, 1, 1))
    with pytest.raises(ValueError, match='cannot read'):
        monty.ToolSet().grant_clock(frozen='soon')


def test_env_allow_list(monkeypatch):
    monkeypatch.setenv('MONTY_TEST_ALLOWED', 'yes')
    monkeypatch.setenv('MONTY_TEST_SECRET', 'no')
    ts = monty.ToolSet().grant_env(['MONTY_TEST_ALLOWED'])
    code = '[getenv("MONTY_TEST_ALLOWED"), getenv("MONTY_TEST_SECRET"), getenv("MONTY_TEST_SECRET", "dflt")]'
    assert run(code, ts) == ['yes', None, 'dflt']
    fixed = monty.ToolSet().grant_env(values={'LANG': 'C'})
    assert run('[getenv("LANG"), getenv("HOME")]', fixed) == ['C', None]
    with pytest.raises(TypeError, match='list of names'):
        monty.ToolSet().grant_env('HOME')
    with pytest.raises(ValueError, match='not a valid environment variable name'):
        monty.ToolSet().grant_env(['A=B'])


def test_mounts(tmp_path):
    ro = tmp_path / 'ro'
    rw = tmp_path / 'rw'
    ro.mkdir()
    rw.mkdir()
    (ro / 'notes.txt').write_text('hello')
    ts = monty.ToolSet().mount(ro, '/data').mount(str(rw), '/out', writable=True)
    assert ts.names == [
        'list_dir', 'mkdir', 'read_bytes', 'read_text', 'remove', 'rename', 'rmdir', 'stat', 'write_bytes', 'write_text'
    ]
    # open() and pathlib work beneath the mounts
    files = """
from pathlib import Path
with open('/out/log.txt', 'w') as f:
    f.write('one\\ntwo\\n')
lines = [line.strip() for line in open('/out/log.txt')]
[lines, Path('/data/notes.txt').read_text(), sorted(p.name for p in Path('/out').iterdir())]
"""
    assert run(files, ts) == [['one', 'two'], 'hello', ['log.txt']]
    assert (rw / 'log.txt').read_text() == 'one\ntwo\n'
    code = """
write_text("/out/copy.txt", read_text("/data/notes.txt").upper())
errors = []
for path in ["/data/x.txt", "/data/../../etc/passwd"]:
    try:
        write_text(path, "x")
    except OSError as e:
        errors.append(type(e).__name__)
try:
    read_text("/etc/passwd")
except FileNotFoundError as e:
    errors.append("missing")
[list_dir(), list_dir("/data"), errors]
"""
    assert run(code, ts) == [['data', 'out'], ['notes.txt'], ['OSError', 'FileNotFoundError', 'missing']]
    assert (rw / 'copy.txt').read_text() == 'HELLO'
    assert not (ro / 'x.txt').exists()
    with pytest.raises(ValueError, match='mount point'):
        monty.ToolSet().mount(ro, 'relative')
    with pytest.raises(ValueError, match='cannot open'):
        monty.ToolSet().mount(tmp_path / 'missing', '/m')


def test_mixed_tools_and_capabilities_render_one_stub_file():
    ts = monty.ToolSet(convert_currency).grant_clock(frozen=0).grant_env(values={})
    stubs = ts.stubs()
    assert stubs.index('def convert_currency(') < stubs.index('def getenv(') < stubs.index('def now(')
    # The stub file is Python that Monty itself compiles.
    monty.Monty(stubs)


def test_tools_and_external_functions_together():
    m = monty.Monty('convert_currency(ask(), "EUR", "USD")', external_functions=['ask'], tools=monty.ToolSet(convert_currency))
    assert m.external_functions == ['ask']
    assert m.run(external_functions={'ask': lambda: 100}) == 108.0


def test_tools_argument_type():
    with pytest.raises(TypeError, match='tools= takes a monty.ToolSet'):
        monty.Monty('1', tools=['convert_currency'])


def test_registry_and_duplicates():
    assert {'convert_currency', 'search_docs', 'describe'} <= {t.name for t in monty.registered_tools()}

    def make(n):
        def dup() -> int:
            return n

        dup.__qualname__ = f'dup_{n}'
        return dup

    monty.function(make(1))
    monty.function(make(2))
    with pytest.raises(ValueError, match='more than one function'):
        monty.ToolSet('dup')
    # Re-defining the same function (same module and qualname) replaces it.
    for n in (3, 4):

        @monty.function
        def again() -> int:
            return n

    assert run('again()', monty.ToolSet('again')) == 4


def test_env_var_names_not_leaked_into_host_env():
    # grant_env never changes the process environment.
    before = dict(os.environ)
    monty.ToolSet().grant_env(values={'X_MONTY': '1'})
    assert dict(os.environ) == before


def test_readme_examples_run_as_written():
    readme = (pathlib.Path(__file__).parent.parent / 'README.md').read_text()
    blocks = readme.split('```python\n')[1:]
    assert len(blocks) >= 2
    for block in blocks:
        exec(compile(block.split('```')[0], 'README.md', 'exec'), {'__name__': 'readme'})


def test_abstract_containers_and_typed_dict_qualifiers():
    from typing import Mapping, Sequence

    @monty.function
    def total(xs: Sequence[int], weights: Mapping[str, float] = {}) -> float:
        return sum(xs) * weights.get('k', 1.0)

    assert monty.Tool.of(total).signature == 'total(xs: list[int], weights: dict[str, float] = ...) -> float'
    assert run('total((1, 2), {"k": 2})', monty.ToolSet(total)) == 6.0
    if sys.version_info >= (3, 11):
        from typing import NotRequired

        class Item(TypedDict):
            name: str
            qty: NotRequired[int]

        @monty.function
        def qty(item: Item) -> int:
            return item.get('qty', 0)

        assert monty.Tool.of(qty).params_schema['$defs']['Item']['required'] == ['name']
        assert run('qty({"name": "a"}) + qty({"name": "b", "qty": 2})', monty.ToolSet(qty)) == 2


def test_dumped_program_keeps_its_tool_names():
    ts = monty.ToolSet(convert_currency)
    loaded = monty.Monty.load(monty.Monty('convert_currency(1, "EUR", "USD")', tools=ts).dump())
    assert loaded.run(tools=ts) == 1.08
    with pytest.raises(TypeError, match='loaded without its source'):
        loaded.run(tools=monty.ToolSet(convert_currency, search))


def test_callable_objects_methods_and_partials():
    import functools

    class Counter:
        def __init__(self) -> None:
            self.n = 0

        def bump(self, by: int = 1) -> int:
            """Add to the counter."""
            self.n += by
            return self.n

        def __call__(self, word: str) -> str:
            return word * 2

    c = Counter()
    ts = monty.ToolSet().add(c.bump, name='bump').add(c, name='twice')
    ts.add(functools.partial(lambda a, b: a - b, 10), name='minus_from_ten')
    assert ts.signature('bump') == 'bump(by: int = 1) -> int'
    assert ts.signature('twice') == 'twice(word: str) -> str'
    assert ts.signature('minus_from_ten') == 'minus_from_ten(b: object) -> object'
    assert run('[bump(), bump(by=5), twice("ab"), minus_from_ten(3)]', ts) == [1, 6, 'abab', 7]
