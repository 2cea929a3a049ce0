"""Async host functions: `resume_pending`, `MontyFutureSnapshot` and `run_monty_async`."""

import asyncio
import subprocess
import sys
import textwrap
import time

import pytest

import monty

GATHER = """
import asyncio

async def main():
    return await asyncio.gather(fetch('a'), fetch('b'), fetch('c'))

asyncio.run(main())
"""


def run_async(m, **kwargs):
    return asyncio.run(monty.run_monty_async(m, **kwargs))


# === run_monty_async ===


def test_gather_runs_host_coroutines_concurrently():
    log = []
    delays = {'a': 0.15, 'b': 0.05, 'c': 0.10}

    async def fetch(key):
        log.append(('start', key))
        await asyncio.sleep(delays[key])
        log.append(('end', key))
        return key.upper()

    m = monty.Monty(GATHER, external_functions=['fetch'])
    began = time.monotonic()
    assert run_async(m, external_functions={'fetch': fetch}) == ['A', 'B', 'C']
    elapsed = time.monotonic() - began
    # all three started before any finished, and they finished in order of their delays
    assert log == [
        ('start', 'a'),
        ('start', 'b'),
        ('start', 'c'),
        ('end', 'b'),
        ('end', 'c'),
        ('end', 'a'),
    ]
    assert elapsed < sum(delays.values())


def test_sync_and_async_functions_mix():
    code = """
import asyncio

async def main():
    base = double(5)
    got = await fetch('x')
    return base, got, double(1)

asyncio.run(main())
"""

    def double(n):
        return n * 2

    async def fetch(key):
        await asyncio.sleep(0)
        return {'key': key}

    m = monty.Monty(code, external_functions=['double', 'fetch'])
    assert run_async(m, external_functions={'double': double, 'fetch': fetch}) == (10, {'key': 'x'}, 2)


def test_top_level_await_and_print_callback():
    out = []

    async def fetch(key):
        return key * 2

    m = monty.Monty("v = await fetch('ab')\nprint(v)\nv", external_functions=['fetch'])
    got = run_async(m, external_functions={'fetch': fetch}, print_callback=lambda s, t: out.append((s, t)))
    assert got == 'abab'
    assert ''.join(t for _, t in out) == 'abab\n'


@pytest.mark.parametrize('is_async', [True, False])
def test_host_exceptions_map_into_the_sandbox(is_async):
    code = """
import asyncio

async def main():
    try:
        await fetch('bad')
    except KeyError as e:
        return 'caught', type(e).__name__, str(e)

asyncio.run(main())
"""

    class MissingKey(KeyError):
        pass

    async def async_fetch(key):
        await asyncio.sleep(0)
        raise MissingKey(key)

    def sync_fetch(key):
        raise MissingKey(key)

    m = monty.Monty(code, external_functions=['fetch'])
    fn = async_fetch if is_async else sync_fetch
    assert run_async(m, external_functions={'fetch': fn}) == ('caught', 'KeyError', "'bad'")


def test_uncaught_host_exception_is_a_runtime_error():
    async def fetch(key):
        raise ValueError(f'no such key: {key}')

    m = monty.Monty("await fetch('k')", external_functions=['fetch'])
    with pytest.raises(monty.MontyRuntimeError) as info:
        run_async(m, external_functions={'fetch': fetch})
    assert (info.value.exc_type, info.value.message) == ('ValueError', 'no such key: k')


def test_unusable_async_result_is_a_type_error_in_the_sandbox():
    async def fetch():
        return object()

    code = """
try:
    await fetch()
except TypeError as e:
    r = str(e)
r
"""
    m = monty.Monty(code, external_functions=['fetch'])
    message = run_async(m, external_functions={'fetch': fetch})
    assert message.startswith("external function 'fetch' returned a value Monty cannot use")


def test_base_exception_from_a_host_coroutine_propagates():
    async def fetch():
        raise KeyboardInterrupt

    m = monty.Monty('await fetch()', external_functions=['fetch'])
    with pytest.raises(KeyboardInterrupt):
        run_async(m, external_functions={'fetch': fetch})


def test_undeclared_and_missing_functions():
    m = monty.Monty("await fetch('k')", external_functions=['fetch'])
    with pytest.raises(TypeError, match="external function 'other' was not declared"):
        run_async(m, external_functions={'other': print})
    with pytest.raises(monty.MontyRuntimeError) as info:
        run_async(m)
    assert info.value.exc_type == 'NotImplementedError'


def test_sync_tools_answer_inside_run_monty_async():
    def add(a: int, b: int) -> int:
        """Add two numbers."""
        return a + b

    async def fetch(key):
        return len(key)

    tools = monty.ToolSet(add)
    m = monty.Monty("add(await fetch('abc'), b=4)", external_functions=['fetch'], tools=tools)
    assert run_async(m, external_functions={'fetch': fetch}) == 7
    m = monty.Monty("add('x', 1)", tools=tools)
    with pytest.raises(monty.MontyRuntimeError) as info:
        run_async(m)
    assert info.value.exc_type == 'TypeError'


def test_async_tools_run_concurrently_and_stub_as_async_def():
    log = []

    async def lookup(key: str, delay: float = 0.0) -> dict:
        """Look a key up."""
        log.append(('start', key))
        await asyncio.sleep(delay)
        log.append(('end', key))
        return {'key': key}

    tools = monty.ToolSet(lookup)
    assert monty.Tool.of(lookup).is_async
    assert 'async def lookup(key: str, delay: float = 0.0) -> dict' in tools.stubs()
    assert 'async def lookup(' in tools.prompt()
    assert 'async def' in tools.copy().stubs()
    code = """
import asyncio
got = await asyncio.gather(lookup('a', 0.05), lookup('b', delay=0.01))
[g['key'] for g in got]
"""
    m = monty.Monty(code, tools=tools)
    assert run_async(m) == ['a', 'b']
    assert log == [('start', 'a'), ('start', 'b'), ('end', 'b'), ('end', 'a')]
    # argument errors are raised by the binder before anything is started
    with pytest.raises(monty.MontyRuntimeError) as info:
        run_async(monty.Monty('await lookup(1, 2, 3)', tools=tools))
    assert info.value.exc_type == 'TypeError'
    # a synchronous run refuses an async tool clearly
    with pytest.raises(monty.MontyRuntimeError) as info:
        monty.Monty("await lookup('a')", tools=tools).run()
    assert (info.value.exc_type, info.value.message) == (
        'TypeError',
        'lookup() is an async tool: run the program with monty.run_monty_async',
    )


def test_cancelling_the_run_cancels_host_tasks():
    cancelled = []

    async def fetch(key):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.append(key)
            raise

    async def main():
        m = monty.Monty(GATHER, external_functions=['fetch'])
        task = asyncio.ensure_future(monty.run_monty_async(m, external_functions={'fetch': fetch}))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.sleep(0)

    asyncio.run(main())
    assert sorted(cancelled) == ['a', 'b', 'c']


# === resume_pending and MontyFutureSnapshot by hand ===


def start_gather():
    """Start GATHER and answer each of its three calls "pending"; return the waiting snapshot."""
    m = monty.Monty(GATHER, external_functions=['fetch'])
    progress = m.start()
    keys = {}
    while isinstance(progress, monty.MontySnapshot):
        keys[progress.call_id] = progress.args[0]
        progress = progress.resume_pending()
    assert isinstance(progress, monty.MontyFutureSnapshot)
    return progress, keys


def test_future_snapshot_lists_every_call_and_resolves_in_any_order():
    wait, keys = start_gather()
    assert sorted(keys.values()) == ['a', 'b', 'c']
    assert wait.call_ids == sorted(keys)
    assert repr(wait) == f'MontyFutureSnapshot(call_ids={wait.call_ids})'
    last, middle, first = wait.call_ids[2], wait.call_ids[1], wait.call_ids[0]
    progress = wait.resume(results={last: keys[last].upper()})
    assert isinstance(progress, monty.MontyFutureSnapshot)
    assert progress.call_ids == [first, middle]
    progress = progress.resume(results={first: 1, middle: 2})
    assert isinstance(progress, monty.MontyComplete)
    assert progress.output == [1, 2, 'C']


def test_future_snapshot_errors_and_misuse():
    wait, _ = start_gather()
    a, b, c = wait.call_ids
    with pytest.raises(KeyError, match='call id 999 is not pending'):
        wait.resume(results={999: 1})
    with pytest.raises(TypeError, match='needs results='):
        wait.resume()
    with pytest.raises(TypeError, match='both a result and an error'):
        wait.resume(results={a: 1}, errors={a: ValueError('x')})
    with pytest.raises(TypeError, match='needs an exception instance or class'):
        wait.resume(errors={a: 'nope'})
    # nothing above consumed the snapshot
    with pytest.raises(monty.MontyRuntimeError) as info:
        wait.resume(results={a: 1, c: 3}, errors={b: LookupError('gone')})
    assert (info.value.exc_type, info.value.message) == ('LookupError', 'gone')
    with pytest.raises(RuntimeError, match='already resumed'):
        wait.resume(results={a: 1})
    with pytest.raises(RuntimeError, match='already resumed'):
        wait.dump()


def test_resume_future_keyword_is_resume_pending():
    m = monty.Monty("await fetch('k')", external_functions=['fetch'])
    snapshot = m.start()
    wait = snapshot.resume(future=...)
    assert isinstance(wait, monty.MontyFutureSnapshot)
    assert wait.call_ids == [snapshot.call_id]
    with pytest.raises(RuntimeError, match='already resumed'):
        snapshot.resume_pending()
    assert wait.resume(results={snapshot.call_id: 'v'}).output == 'v'


def test_future_snapshot_dump_and_load_in_process():
    wait, keys = start_gather()
    data = wait.dump()
    for loaded in (monty.MontyFutureSnapshot.load(data), monty.MontySnapshot.load(data)):
        assert isinstance(loaded, monty.MontyFutureSnapshot)
        assert loaded.call_ids == wait.call_ids
        done = loaded.resume(results={i: keys[i] * 2 for i in loaded.call_ids})
        assert done.output == ['aa', 'bb', 'cc']
    with pytest.raises(monty.MontySnapshotError):
        monty.MontyFutureSnapshot.load(data[:-3])
    snapshot = monty.Monty('f()', external_functions=['f']).start()
    with pytest.raises(monty.MontySnapshotError, match='not a dumped MontyFutureSnapshot'):
        monty.MontyFutureSnapshot.load(snapshot.dump())


def test_future_snapshot_resumes_in_another_process(tmp_path):
    wait, keys = start_gather()
    path = tmp_path / 'wait.bin'
    path.write_bytes(wait.dump())
    script = textwrap.dedent(
        f"""
        import monty
        wait = monty.MontySnapshot.load(open({str(path)!r}, 'rb').read())
        assert type(wait).__name__ == 'MontyFutureSnapshot', wait
        ids = wait.call_ids
        wait = wait.resume(results={{ids[1]: 'two'}})
        done = wait.resume(results={{ids[0]: 'one'}}, errors={{ids[2]: ValueError('three')}})
        """
    )
    proc = subprocess.run([sys.executable, '-c', script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert 'MontyRuntimeError' in proc.stderr
    assert proc.stderr.rstrip().endswith('ValueError: three')
    script_ok = script.replace(
        "results={ids[0]: 'one'}, errors={ids[2]: ValueError('three')}", "results={ids[0]: 'one', ids[2]: 'three'}"
    )
    script_ok += 'print(repr(done.output))\n'
    proc = subprocess.run([sys.executable, '-c', script_ok], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "['one', 'two', 'three']"
