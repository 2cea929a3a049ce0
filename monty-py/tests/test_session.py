"""MontySession: a REPL whose snippets share globals, heap and imports."""

import pytest

import monty


def test_definitions_persist_between_snippets():
    s = monty.MontySession()
    assert s.feed('x = 20') is None
    s.feed('def double(v):\n    return 2 * v')
    s.feed('import json')
    assert s.feed('double(x) + 2') == 42
    assert s.feed('json.dumps({"a": x})') == '{"a": 20}'
    assert s.global_names == ['x', 'double', 'json']


def test_error_keeps_what_ran_before_it():
    s = monty.MontySession()
    with pytest.raises(monty.MontyRuntimeError) as info:
        s.feed('a = 1\nb = 1 / 0\nc = 3')
    assert 'ZeroDivisionError' in str(info.value)
    assert s.feed('a') == 1
    with pytest.raises(monty.MontyRuntimeError):
        s.feed('b')
    with pytest.raises(monty.MontySyntaxError):
        s.feed('a = (')
    assert s.feed('a') == 1


def test_print_limits_and_external_functions():
    s = monty.MontySession(external_functions=['lookup'])
    out = []
    s.feed('print("hi", lookup("k"))', external_functions={'lookup': lambda k: k.upper()},
           print_callback=lambda stream, text: out.append(text))
    assert ''.join(out) == 'hi K\n'
    with pytest.raises(monty.MontyLimitError):
        s.feed('while True:\n    pass', limits=monty.ResourceLimits(max_duration=0.05))
    # the session survives a limit
    assert s.feed('1 + 1') == 2


def test_dump_load_and_fork():
    s = monty.MontySession(script_name='repl.py')
    s.feed('items = [1, 2]\nclass P:\n    def __init__(self, n):\n        self.n = n')
    data = s.dump()
    assert isinstance(data, bytes)
    t = monty.MontySession.load(data)
    assert t.script_name == 'repl.py'
    t.feed('items.append(P(3).n)')
    assert t.feed('items') == [1, 2, 3]
    assert s.feed('items') == [1, 2]
    f = s.fork()
    f.feed('items.clear()')
    assert f.feed('items') == []
    assert s.feed('items') == [1, 2]
    with pytest.raises(monty.MontySnapshotError):
        monty.MontySession.load(monty.Monty('1').dump())
    with pytest.raises(monty.MontySnapshotError):
        monty.MontySession.load(b'garbage')


def test_tools_are_granted_to_every_snippet():
    def add(a: int, b: int) -> int:
        """Add two integers."""
        return a + b

    s = monty.MontySession(tools=monty.ToolSet().add(add))
    s.feed('total = add(1, 2)')
    assert s.feed('add(total, 10)') == 13


def test_undeclared_external_function_is_refused():
    s = monty.MontySession(external_functions=['a'])
    with pytest.raises(TypeError):
        s.feed('1', external_functions={'b': print})
    with pytest.raises(monty.MontyRuntimeError) as info:
        s.feed('b()')
    assert 'NameError' in str(info.value)


def test_allowed_imports_restrict_programs_and_sessions():
    m = monty.Monty('import json\njson.dumps([1])', allowed_imports=['json'])
    assert m.run() == '[1]'
    blocked = monty.Monty('import re', allowed_imports=['json'])
    with pytest.raises(monty.MontyRuntimeError) as info:
        blocked.run()
    assert info.value.exc_type == 'ModuleNotFoundError'
    assert str(info.value).endswith("No module named 're'")
    code = 'try:\n    import math\nexcept ImportError as e:\n    r = str(e)\nr'
    assert monty.Monty(code, allowed_imports=[]).run() == "No module named 'math'"
    s = monty.MontySession(allowed_imports=['math'])
    assert s.feed('import math\nmath.floor(2.5)') == 2
    with pytest.raises(monty.MontyRuntimeError):
        s.feed('import json')
    # the policy is compiled in: it survives dump/load
    with pytest.raises(monty.MontyRuntimeError):
        monty.MontySession.load(s.dump()).feed('from collections import Counter')
