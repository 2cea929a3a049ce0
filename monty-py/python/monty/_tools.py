"""Tools: Python functions the sandboxed program may call, and the sets that grant them.

```python
import monty

@monty.function(group='weather')
def get_weather(city: str, units: Literal['metric', 'imperial'] = 'metric') -> dict:
    '''Fetch the current weather for a city.

    Args:
        city: The city's name, e.g. "Paris".
    '''
    ...

tools = monty.ToolSet().grant('weather')
monty.Monty('get_weather("Paris")', tools=tools).run()
print(tools.stubs())
```

A tool's name, docstring and JSON schemas come from its signature and type
hints; the stubs, prompt and JSON tool list are rendered by the same Rust code
as for tools written in Rust, so a tool declared both ways renders the same text.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import inspect
import json
import keyword
import os
import re
import threading
import typing
from collections.abc import Iterable as _IterableABC
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Set, Tuple, TypeVar, Union, overload

from ._monty import _CapabilitySet
from ._schema import ArgError, Converter, SchemaBuilder, to_plain

__all__ = ['Tool', 'ToolSet', 'function', 'registered_tools']

F = TypeVar('F', bound=Callable[..., Any])

#: What `ToolSet.grant` takes: a name (of a tool or a group), a tool or callable, or a list of those.
Grantable = Union[str, Callable[..., Any], Iterable[Union[str, Callable[..., Any]]]]

_DEFAULT_MAX_FILE_BYTES = 10_000_000


@dataclasses.dataclass(frozen=True)
class _Param:
    name: str
    positional_only: bool
    default: Any  # inspect.Parameter.empty when required
    convert: Converter


class Tool:
    """A Python function described as a host function: its name, group,
    docstring, parameters and JSON schemas (read off its type hints).

    Made by `@monty.function` (available as `monty.Tool.of(fn)`) or when a plain
    callable is granted to a `ToolSet`.
    """

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        name: Optional[str] = None,
        group: Optional[str] = None,
        doc: Optional[str] = None,
    ) -> None:
        if not callable(fn):
            raise TypeError(f'a tool must be callable, not {type(fn).__name__!r}')
        name = name if name is not None else getattr(fn, '__name__', None)
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            raise TypeError(f'a tool name must be a Python identifier, not {name!r} (give one with name=...)')
        if group is not None and (not isinstance(group, str) or not group):
            raise TypeError(f'a tool group must be a non-empty str, not {group!r}')
        #: Whether it is an `async def` (its stub says `async def`; `Monty.run` refuses
        #: to call it, `monty.run_monty_async` runs it on the event loop).
        self.is_async: bool = inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
            getattr(fn, '__call__', None)
        )
        #: The name the program calls it by.
        self.name: str = name
        #: The group it is granted with (`ToolSet.grant_group`), if any.
        self.group: Optional[str] = group
        #: The Python callable.
        self.fn: Callable[..., Any] = fn
        text = inspect.cleandoc(doc) if doc is not None else (inspect.getdoc(fn) or '')
        summary, param_docs = _split_doc(text)
        #: The docstring, without its `Args:` section (whose entries document the parameters).
        self.doc: str = summary
        self._params, self._spec = self._describe(param_docs)
        # Render once now: an unsupported hint or bad schema fails at decoration time.
        core = _CapabilitySet()
        self._add_to(core)
        params_schema, result_schema = core.schemas(self.name)
        #: The JSON schema of the arguments (an object keyed by parameter name).
        self.params_schema: Dict[str, Any] = json.loads(params_schema)
        #: The JSON schema of the result.
        self.result_schema: Dict[str, Any] = json.loads(result_schema)
        #: The Python signature as the stubs show it.
        self.signature: str = core.signature(self.name)

    @staticmethod
    def of(fn: Callable[..., Any]) -> 'Tool':
        """The tool a callable was decorated as, or a new one described from it."""
        tool = getattr(fn, '__monty_tool__', None)
        if isinstance(tool, Tool):
            return tool
        if isinstance(fn, Tool):
            return fn
        return Tool(fn)

    def _describe(self, param_docs: Dict[str, str]) -> Tuple[List[_Param], Tuple[Any, ...]]:
        where = f'{self.name}()'
        try:
            sig = inspect.signature(self.fn)
        except (TypeError, ValueError) as e:
            raise TypeError(f'{where}: cannot read the signature of {self.fn!r}: {e}') from None
        hints = _hints_of(self.fn, where)
        builder = SchemaBuilder(where)
        params: List[_Param] = []
        spec: List[Tuple[str, Optional[str], str, str]] = []
        for p in sig.parameters.values():
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                raise TypeError(f'{where}: a tool cannot take *args or **kwargs (parameter {p.name!r})')
            builder.where = f'{where} parameter {p.name!r}'
            schema, conv = builder.hint(hints.get(p.name, typing.Any))
            default = None if p.default is p.empty else _default_source(p.default)
            spec.append((p.name, default, param_docs.get(p.name, ''), json.dumps(schema)))
            params.append(_Param(p.name, p.kind == p.POSITIONAL_ONLY, p.default, conv))
        self._defs = json.dumps(builder.defs)
        result_builder = SchemaBuilder(f'{where} result')
        result_schema, _ = result_builder.hint(hints.get('return', typing.Any))
        if result_builder.defs:
            result_schema = dict(result_schema, **{'$defs': result_builder.defs})
        return params, (spec, json.dumps(result_schema))

    def _add_to(self, core: _CapabilitySet) -> None:
        """Grant this tool in a Rust capability set (internal)."""
        spec, result_schema = self._spec
        core.add_python(self.name, self.group, self.doc, spec, result_schema, self._defs, self._invoke)

    def _invoke(self, given: Dict[str, Any]) -> Any:
        """Answer a call from the sandbox: `given` holds the arguments the program
        passed, bound to parameter names by the Rust side (with CPython's errors)."""
        args: List[Any] = []
        kwargs: Dict[str, Any] = {}
        for p in self._params:
            if p.name in given:
                try:
                    value = p.convert(given[p.name], '')
                except ArgError as e:
                    at = f' at {e.path}' if e.path else ''
                    raise e.exc(f"{self.name}() argument '{p.name}'{at} {e.detail}") from None
            elif p.positional_only:
                value = p.default
            else:
                continue
            if p.positional_only:
                args.append(value)
            else:
                kwargs[p.name] = value
        if self.is_async:
            started = getattr(_ASYNC_CALLS, 'started', None)
            if started is None:
                raise TypeError(f'{self.name}() is an async tool: run the program with monty.run_monty_async')
            started.append(_plain_result(self.fn(*args, **kwargs)))
            return None
        return to_plain(self.fn(*args, **kwargs))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the Python function directly."""
        return self.fn(*args, **kwargs)

    def __repr__(self) -> str:
        group = f', group={self.group!r}' if self.group else ''
        return f'<monty.Tool {self.signature}{group}>'


def _hints_of(fn: Callable[..., Any], where: str) -> Dict[str, Any]:
    """The resolved type hints of a function, a callable object's `__call__`, or
    (for a `functools.partial` and the like, which carry none) nothing."""
    target: Any = fn
    if not (inspect.isroutine(fn) or inspect.isclass(fn)):
        call = getattr(type(fn), '__call__', None)
        target = call if inspect.isfunction(call) else None
    if target is None:
        return {}
    try:
        return typing.get_type_hints(target, include_extras=True)
    except Exception as e:  # an unresolvable forward reference, `X | None` on 3.9, ...
        raise TypeError(f'{where}: cannot resolve the type hints: {e}') from None


def _default_source(value: Any) -> str:
    """A default as the stub shows it: the literal for simple values, else `...`."""
    if value is None or type(value) in (bool, int, str) or (type(value) is float and value == value):
        text = repr(value)
        if len(text) <= 60 and text not in ('inf', '-inf'):
            return text
    return '...'


_SECTION_HEADERS = ('Args:', 'Arguments:', 'Parameters:')


def _split_doc(doc: str) -> Tuple[str, Dict[str, str]]:
    """Split a Google-style docstring into its text without the `Args:` section
    and the per-parameter descriptions found there."""
    lines = doc.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() in _SECTION_HEADERS and not line[:1].isspace()), None)
    if start is None:
        return doc.strip(), {}
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1].isspace()):
        end += 1
    entries: Dict[str, List[str]] = {}
    current: Optional[str] = None
    body = [line for line in lines[start + 1 : end]]
    indent = min((len(x) - len(x.lstrip()) for x in body if x.strip()), default=0)
    for line in body:
        if not line.strip():
            continue
        if len(line) - len(line.lstrip()) == indent and ':' in line:
            head, _, text = line.strip().partition(':')
            current = head.split('(')[0].strip().lstrip('*')
            entries[current] = [text.strip()]
        elif current is not None:
            entries[current].append(line.strip())
    rest = lines[:start] + lines[end:]
    return '\n'.join(rest).strip(), {k: '\n'.join(v).strip() for k, v in entries.items()}


# The registry of decorated functions, by name: several entries for a name that
# two different functions registered (granting it by name is then an error).
_REGISTRY: Dict[str, List[Tool]] = {}

#: While `run_monty_async` answers a tool call on this thread, `started` is a list
#: that receives the coroutine of an async tool instead of it being refused.
_ASYNC_CALLS = threading.local()


async def _plain_result(coro: Any) -> Any:
    return to_plain(await coro)


def _call_collecting(core: _CapabilitySet, name: str, args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> Tuple[Tuple[bool, Any], List[Any]]:
    """`core.call(...)`, also returning the coroutines async tools started (internal,
    for `run_monty_async`)."""
    _ASYNC_CALLS.started = []
    try:
        outcome = core.call(name, args, kwargs)
        return outcome, _ASYNC_CALLS.started
    finally:
        _ASYNC_CALLS.started = None


def _asyncify_stubs(text: str, names: Iterable[str]) -> str:
    """`def name(` -> `async def name(` for the async tools among `names`."""
    for name in names:
        text = re.sub(rf'^def {re.escape(name)}\(', f'async def {name}(', text, flags=re.MULTILINE)
    return text


def _register(tool: Tool) -> None:
    key = (getattr(tool.fn, '__module__', None), getattr(tool.fn, '__qualname__', None))
    entries = _REGISTRY.setdefault(tool.name, [])
    # Re-running a definition (a reloaded module, a notebook cell) replaces it.
    entries[:] = [t for t in entries if (getattr(t.fn, '__module__', None), getattr(t.fn, '__qualname__', None)) != key]
    entries.append(tool)


def registered_tools() -> List[Tool]:
    """Every function decorated with `@monty.function`, sorted by name."""
    return [t for name in sorted(_REGISTRY) for t in _REGISTRY[name]]


@overload
def function(fn: F, /) -> F: ...
@overload
def function(
    *, name: Optional[str] = None, group: Optional[str] = None, doc: Optional[str] = None
) -> Callable[[F], F]: ...
def function(
    fn: Optional[F] = None,
    /,
    *,
    name: Optional[str] = None,
    group: Optional[str] = None,
    doc: Optional[str] = None,
) -> Union[F, Callable[[F], F]]:
    """Register a Python function as a tool a sandboxed program may call, once granted.

    Used bare (`@monty.function`) or with arguments (`@monty.function(name=...,
    group=..., doc=...)`). The function itself is returned unchanged (still
    callable from Python); its description is `monty.Tool.of(fn)`. The name
    defaults to the function's, the doc to its docstring, whose Google-style
    `Args:` section documents the parameters.

    Raises:
        TypeError: a parameter or the result has a type hint Monty cannot
            describe, or the function takes `*args`/`**kwargs`. An `async def`
            is welcome: `monty.run_monty_async` runs it on the event loop.
    """

    def decorate(f: F) -> F:
        tool = Tool(f, name=name, group=group, doc=doc)
        try:
            f.__monty_tool__ = tool  # type: ignore[attr-defined]
        except (AttributeError, TypeError):
            raise TypeError(
                f'cannot mark {f!r} as a tool (it takes no attributes): grant it with ToolSet().add(...)'
            ) from None
        _register(tool)
        return f

    if fn is not None:
        return decorate(fn)
    return decorate


class ToolSet:
    """The host functions a run may call: empty by default.

    Grant Python tools (by name, group, or the function itself) and the Rust
    capabilities compiled into `monty` (clock, environment allow-list, mounted
    directories); then pass the set to `Monty(..., tools=...)` or
    `run(tools=...)`. The program sees exactly the granted names; any other is
    undefined (`NameError`). Mutating methods return the set, for chaining.
    """

    def __init__(self, *grants: Grantable) -> None:
        self._core = _CapabilitySet()
        self._mounts: List[Tuple[str, str, bool, int]] = []
        self._async_names: Set[str] = set()
        for g in grants:
            self.grant(g)

    def grant(self, *grants: Grantable) -> 'ToolSet':
        """Grant tools: a name of a `@monty.function` tool or of a group (or of a
        Rust function compiled into `monty`), a function (decorated or not), or a
        list of those.

        Raises:
            KeyError: no tool or group has that name.
            ValueError: two different functions registered the name.
        """
        for g in grants:
            if isinstance(g, str):
                self._grant_name(g)
            elif callable(g):
                self._add_tool(Tool.of(g))
            elif isinstance(g, _IterableABC):
                for item in g:
                    self.grant(item)
            else:
                raise TypeError(f'grant() takes names, functions or lists of them, not {type(g).__name__!r}')
        return self

    def _grant_name(self, name: str) -> None:
        entries = _REGISTRY.get(name)
        if entries:
            if len(entries) > 1:
                raise ValueError(f"the tool name '{name}' is registered by more than one function")
            self._add_tool(entries[0])
            return
        self.grant_group(name)

    def grant_group(self, group: str) -> 'ToolSet':
        """Grant every tool of a group (`@monty.function(group=...)`, or a group of
        Rust functions compiled into `monty`).

        Raises:
            KeyError: no tool belongs to the group.
        """
        members = [t for t in registered_tools() if t.group == group]
        if not members:
            try:
                self._core.grant_registered(group)
            except KeyError:
                known = sorted({t.name for t in registered_tools()} | {t.group for t in registered_tools() if t.group})
                raise KeyError(
                    f"no tool or group named '{group}' is registered (known: {', '.join(known) or 'none'})"
                ) from None
            return self
        for tool in members:
            if len(_REGISTRY.get(tool.name, ())) > 1:
                raise ValueError(f"the tool name '{tool.name}' is registered by more than one function")
            self._add_tool(tool)
        return self

    def add(
        self,
        fn: Callable[..., Any],
        *,
        name: Optional[str] = None,
        group: Optional[str] = None,
        doc: Optional[str] = None,
    ) -> 'ToolSet':
        """Grant a callable under a name, group and doc of your choice (not registered globally).

        Raises:
            TypeError: as `@monty.function`.
        """
        base = getattr(fn, '__monty_tool__', None)
        if isinstance(base, Tool) and name is None and group is None and doc is None:
            self._add_tool(base)
        else:
            self._add_tool(Tool(fn, name=name, group=group, doc=doc))
        return self

    def _add_tool(self, tool: Tool) -> None:
        tool._add_to(self._core)
        if tool.is_async:
            self._async_names.add(tool.name)
        else:
            self._async_names.discard(tool.name)

    def revoke(self, name: str) -> 'ToolSet':
        """Withdraw a granted function; unknown names are ignored."""
        self._core.revoke(name)
        self._async_names.discard(name)
        return self

    def grant_clock(self, *, frozen: Union[str, float, _dt.datetime, None] = None) -> 'ToolSet':
        """Grant `now()`, `timestamp()` and `monotonic()`: the system clock, or one
        frozen at an instant (an ISO 8601 UTC string such as `'2026-11-27T09:30:00Z'`,
        seconds since the Unix epoch, or a timezone-aware `datetime`).

        Raises:
            ValueError: an instant that cannot be read or is out of range.
        """
        if frozen is None:
            spec = 'system'
        elif isinstance(frozen, _dt.datetime):
            if frozen.tzinfo is None or frozen.utcoffset() is None:
                raise ValueError('grant_clock(frozen=...) needs a timezone-aware datetime')
            spec = frozen.astimezone(_dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.%fZ')
        elif isinstance(frozen, (int, float)) and not isinstance(frozen, bool):
            spec = repr(float(frozen))
        elif isinstance(frozen, str):
            if frozen.strip() == 'system':
                raise ValueError("grant_clock(frozen='system') is ambiguous: call grant_clock() for the system clock")
            spec = frozen
        else:
            raise TypeError(f'grant_clock(frozen=...) takes a str, a number or a datetime, not {type(frozen).__name__!r}')
        self._core.grant_clock(spec)
        return self

    def grant_http(
        self,
        hosts: Iterable[str],
        *,
        max_bytes: Optional[int] = None,
        timeout: Optional[float] = None,
    ) -> 'ToolSet':
        """Grant `http_get(url, headers=None, params=None)` and
        `http_request(method, url, headers=None, body=None, json=None, params=None)`,
        which reach only the listed hosts: exact names such as `'api.example.com'`
        (on ports 80/443), `'localhost:8000'` for another port, `'*.example.com'`
        for subdomains. Redirects are checked hop by hop. `max_bytes` caps one
        response body (default 10 MB), `timeout` one call in seconds (default 30).

        Raises:
            ValueError: a host entry that is none of those forms, or a bad limit.
        """
        if isinstance(hosts, str):
            raise TypeError("grant_http() takes a list of hosts, not a str: grant_http(['api.example.com'])")
        host_list = [str(h) for h in hosts]
        if max_bytes is not None and (isinstance(max_bytes, bool) or int(max_bytes) < 0):
            raise ValueError('max_bytes must be an int >= 0')
        self._core.grant_http(
            host_list,
            None if max_bytes is None else int(max_bytes),
            None if timeout is None else float(timeout),
        )
        return self

    def grant_random(self) -> 'ToolSet':
        """Grant `random_bytes(n)`, the host's entropy: unseeded `random` generators,
        `random.SystemRandom`, `secrets`, `os.urandom` and `uuid.uuid4()` draw from it
        (without it they are deterministic, or raise PermissionError)."""
        self._core.grant_random()
        return self

    def grant_env(self, names: Iterable[str] = (), *, values: Optional[Mapping[str, str]] = None) -> 'ToolSet':
        """Grant `getenv(name, default=None)`: reading only the listed variables of
        the process environment (read at each call), or exactly `values` when given
        (then `names` is ignored). Any other variable reads as unset.

        Raises:
            ValueError: a name that no environment variable can have.
        """
        if isinstance(names, str):
            raise TypeError("grant_env() takes a list of names, not a str: grant_env(['HOME'])")
        name_list = [str(n) for n in names]
        fixed = None if values is None else [(str(k), str(v)) for k, v in values.items()]
        self._core.grant_env(name_list, fixed)
        return self

    def mount(
        self,
        host_dir: Union[str, 'os.PathLike[str]'],
        at: str,
        *,
        writable: bool = False,
        max_file_bytes: int = _DEFAULT_MAX_FILE_BYTES,
    ) -> 'ToolSet':
        """Mount a host directory at the virtual path `at` (such as `/data`) and grant
        `read_text(path)`, `write_text(path, data)` (on writable mounts) and
        `list_dir(path='/')` over all the mounts of this set. Paths cannot leave a
        mount (`..` and symlinks out of it are refused).

        Raises:
            ValueError: `at` is not an absolute path of plain names, or the
                directory cannot be opened.
        """
        if max_file_bytes < 0:
            raise ValueError('max_file_bytes must be >= 0')
        mounts = self._mounts + [(os.fspath(host_dir), at, bool(writable), int(max_file_bytes))]
        self._core.mount(mounts)
        self._mounts = mounts
        return self

    @property
    def names(self) -> List[str]:
        """The granted names, sorted."""
        return self._core.names()

    def signature(self, name: str) -> str:
        """`name(params) -> result` of a granted function, as the stubs show it.

        Raises:
            KeyError: the name is not granted.
        """
        return self._core.signature(name)

    def stubs(self) -> str:
        """The `.pyi` stub text of everything granted (what the program's author,
        or a type checker, needs to know). Async tools show as `async def`."""
        return _asyncify_stubs(self._core.stubs(), self._async_names)

    def prompt(self) -> str:
        """The code-mode prompt: tells an LLM to answer with one Python program,
        lists what it may call (the stubs) and the sandbox's rules."""
        return _asyncify_stubs(self._core.prompt(), self._async_names)

    def tools_json(self, format: str = 'openai') -> List[Dict[str, Any]]:
        """The granted functions as a JSON tool list for an LLM function-calling
        API: `format` is `'openai'` or `'anthropic'`.

        Raises:
            ValueError: an unknown format.
        """
        tools: List[Dict[str, Any]] = json.loads(self._core.tools_json(format))
        return tools

    def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Call a granted function as the program would (arguments checked the
        same way), e.g. to answer a `MontySnapshot` paused at it. A failure is
        raised as the built-in exception the program would see.

        Raises:
            NameError: the name is not granted.
        """
        ok, value = self._core.call(name, args, kwargs)
        if ok:
            return value
        exc_type, message = value
        import builtins

        cls = getattr(builtins, exc_type, None)
        if not (isinstance(cls, type) and issubclass(cls, Exception)):
            cls = RuntimeError
        raise cls(message)

    def copy(self) -> 'ToolSet':
        """An independent copy (granting more to it leaves this one unchanged)."""
        new = ToolSet()
        new._core = self._core.copy()
        new._mounts = list(self._mounts)
        new._async_names = set(self._async_names)
        return new

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self._core

    def __len__(self) -> int:
        return len(self._core)

    def __iter__(self) -> typing.Iterator[str]:
        return iter(self.names)

    def __repr__(self) -> str:
        return f'ToolSet({", ".join(self.names)})'
