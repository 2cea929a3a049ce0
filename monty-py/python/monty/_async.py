"""`run_monty_async`: run a program on the host's asyncio event loop, with async
external functions running concurrently.

The sandbox itself runs in short synchronous steps (`Monty.start`, then resumes);
between steps the host loop runs the coroutines of async external functions. When
every task inside the sandbox waits on host calls (`await asyncio.gather(...)` of
three host calls, say), the run pauses with a `MontyFutureSnapshot` listing all of
them, so the three host coroutines run at the same time here.
"""

from __future__ import annotations

import asyncio
import builtins
import inspect
from typing import Any, Callable, Dict, List, Mapping, Optional, Union

from ._tools import _call_collecting
from ._monty import (
    Monty,
    MontyComplete,
    MontyFutureSnapshot,
    MontySnapshot,
    ResourceLimits,
    _result_problem,
)

__all__ = ['run_monty_async']

_Progress = Union[MontySnapshot, MontyFutureSnapshot, MontyComplete]


async def run_monty_async(
    monty: Monty,
    *,
    inputs: Optional[Mapping[str, Any]] = None,
    external_functions: Optional[Mapping[str, Callable[..., Any]]] = None,
    limits: Optional[Union[ResourceLimits, Mapping[str, Any]]] = None,
    print_callback: Optional[Callable[[str, str], None]] = None,
) -> Any:
    """Run `monty` to completion on the running event loop and return its output
    (the value of its last expression statement), as `Monty.run` does.

    Each external function is called with the program's arguments. A plain result
    is handed back at once. An awaitable result (the function is an `async def`, or
    returns a coroutine or future) becomes an asyncio task on this loop and the
    call is answered "pending": the program goes on, and the task's result is
    delivered when the program waits for it. So `await asyncio.gather(f(1), f(2),
    f(3))` inside the sandbox runs the three host coroutines concurrently. Tools
    of a `ToolSet` given to `Monty(..., tools=...)` are answered the same way
    (async tools as tasks, the others at once).

    An exception raised by a host function (sync or async) is raised inside the
    sandbox as the same built-in type with the same message; `KeyboardInterrupt`,
    `SystemExit` and other non-`Exception`s end the run and propagate here. Errors
    of the program are raised as for `Monty.run` (`MontyRuntimeError`, ...). If this
    coroutine is cancelled, the host tasks it started are cancelled too.

    The sandbox's own steps run synchronously on the loop's thread (they are
    usually microseconds; bound them with `limits`).
    """
    functions: Dict[str, Callable[..., Any]] = dict(external_functions or {})
    declared = set(monty.external_functions)
    for name, fn in functions.items():
        if name not in declared:
            raise TypeError(
                f'external function {name!r} was not declared in Monty(..., external_functions=[...]) '
                f'(declared: {", ".join(repr(n) for n in sorted(declared)) or "none"})'
            )
        if not callable(fn):
            raise TypeError(f'external function {name!r} is not callable')
    tools = monty._tools()
    tasks: Dict[int, asyncio.Future[Any]] = {}
    names: Dict[int, str] = {}
    try:
        progress: _Progress = monty.start(inputs=dict(inputs) if inputs else None, limits=limits, print_callback=print_callback)
        while True:
            if isinstance(progress, MontyComplete):
                return progress.output
            if isinstance(progress, MontySnapshot):
                progress = _answer_call(progress, functions, tools, tasks, names)
            else:
                progress = await _resolve_futures(progress, tasks, names)
    finally:
        for task in tasks.values():
            task.cancel()


def _answer_call(
    snapshot: MontySnapshot,
    functions: Dict[str, Callable[..., Any]],
    tools: Any,
    tasks: Dict[int, 'asyncio.Future[Any]'],
    names: Dict[int, str],
) -> _Progress:
    """Call the external function the program called: a value resumes the run, an
    awaitable becomes a task and the call is answered pending."""
    name = snapshot.function_name
    fn = functions.get(name)
    if fn is None:
        if tools is not None and name in tools:
            (ok, value), started = _call_collecting(tools, name, snapshot.args, snapshot.kwargs)
            if ok and started:
                tasks[snapshot.call_id] = asyncio.ensure_future(started[0])
                names[snapshot.call_id] = name
                return snapshot.resume_pending()
            if ok:
                return snapshot.resume(return_value=value)
            exc_type, message = value
            return snapshot.resume(exception=_builtin_exception(exc_type, message))
        return snapshot.resume(
            exception=NotImplementedError(
                f"external function '{name}' was declared but not given to run_monty_async(external_functions=...)"
            )
        )
    try:
        result = fn(*snapshot.args, **snapshot.kwargs)
    except Exception as e:
        return snapshot.resume(exception=e)
    if inspect.isawaitable(result):
        tasks[snapshot.call_id] = asyncio.ensure_future(result)
        names[snapshot.call_id] = name
        return snapshot.resume_pending()
    problem = _result_problem(result, name)
    if problem is not None:
        return snapshot.resume(exception=TypeError(problem))
    return snapshot.resume(return_value=result)


async def _resolve_futures(
    snapshot: MontyFutureSnapshot,
    tasks: Dict[int, 'asyncio.Future[Any]'],
    names: Dict[int, str],
) -> _Progress:
    """Wait until at least one awaited host task is done; resolve every one that is."""
    ids: List[int] = snapshot.call_ids
    missing = [i for i in ids if i not in tasks]
    if missing:
        raise RuntimeError(f'the run waits on host calls this runner did not start: {missing}')
    waiting = [tasks[i] for i in ids]
    if not any(t.done() for t in waiting):
        await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
    results: Dict[int, Any] = {}
    errors: Dict[int, BaseException] = {}
    for call_id in ids:
        task = tasks[call_id]
        if not task.done():
            continue
        del tasks[call_id]
        name = names.pop(call_id)
        if task.cancelled():
            errors[call_id] = RuntimeError(f"external function '{name}' was cancelled")
            continue
        exc = task.exception()
        if exc is not None:
            if not isinstance(exc, Exception):
                raise exc
            errors[call_id] = exc
            continue
        value = task.result()
        problem = _result_problem(value, name)
        if problem is not None:
            errors[call_id] = TypeError(problem)
        else:
            results[call_id] = value
    return snapshot.resume(results=results, errors=errors)


def _builtin_exception(exc_type: str, message: str) -> BaseException:
    """The built-in exception `exc_type(message)`, for a tool's error."""
    cls = getattr(builtins, exc_type, None)
    if isinstance(cls, type) and issubclass(cls, Exception):
        try:
            return cls(message)
        except Exception:
            pass
    return RuntimeError(message)
