"""Type stubs of the extension module `monty._monty` (re-exported by `monty`)."""

from typing import TYPE_CHECKING, Any, Callable, Dict, List, Literal, Optional, Tuple, Union, final

if TYPE_CHECKING:
    from ._errors import TypeDiagnostic
    from ._tools import ToolSet

__version__: str

#: Whether this build has the type checker (cargo feature `typecheck`):
#: `Monty(..., type_check=True)` and `Monty.type_check` need it.
TYPECHECK_AVAILABLE: bool

#: What a run's `print_callback` receives: the stream name and the text written.
PrintCallback = Callable[[Literal['stdout', 'stderr'], str], Any]

@final
class ResourceLimits:
    """Resource limits of a run.

    An argument that is not given keeps its safe default (100 MB of memory, 5 s,
    recursion depth 1000, 10 MB of output, no instruction or host-call limit); `None` switches
    that limit off. `limits=` also accepts a dict with these keys.
    """

    def __init__(
        self,
        *,
        max_memory: Optional[int] = ...,
        max_duration: Optional[float] = ...,
        max_instructions: Optional[int] = ...,
        max_recursion_depth: Optional[int] = ...,
        max_output_bytes: Optional[int] = ...,
        max_host_calls: Optional[int] = ...,
    ) -> None: ...
    @staticmethod
    def unlimited() -> 'ResourceLimits':
        """Every limit off. Only for trusted code."""
    @property
    def max_memory(self) -> Optional[int]:
        """Bytes of live objects, or `None`."""
    @property
    def max_duration(self) -> Optional[float]:
        """Seconds of execution (host calls not counted), or `None`."""
    @property
    def max_instructions(self) -> Optional[int]:
        """Instructions executed, or `None`."""
    @property
    def max_recursion_depth(self) -> Optional[int]:
        """Depth of nested Python calls, or `None`."""
    @property
    def max_output_bytes(self) -> Optional[int]:
        """Bytes written by `print`, or `None`."""
    @property
    def max_host_calls(self) -> Optional[int]:
        """Calls of host functions, or `None`."""

LimitsArg = Union[ResourceLimits, Dict[str, Optional[float]], None]

@final
class Monty:
    """A sandboxed program: parsed and compiled once, then run any number of times.

    Arguments:
        code: the program's source.
        inputs: names of global variables whose values each run gives.
        external_functions: names of host functions the program may call; each run
            (or the driver of `start`) supplies them. Any other name is undefined
            (NameError) in the sandbox.
        tools: a `ToolSet` whose granted names the program may call; it is the
            default tool set of each `run` (which may give another).
        script_name: the file name shown in tracebacks.
        type_check: check the program with ty before accepting it, against
            `type_check_stubs` and the stubs of `tools`, with the inputs as
            variables of any type; error diagnostics raise `MontyTypingError`
            (warnings alone do not). See `Monty.type_check` for the diagnostics
            without raising.
        type_check_stubs: Python stub text (`def fetch(url: str) -> str: ...`,
            `async def ...`) of the external functions, visible to the program
            without an import when it is type-checked.
        allowed_imports: the only modules the program may import (a package
            covers its submodules); any other import raises
            `ModuleNotFoundError: No module named 'x'` in the sandbox, as if the
            module did not exist. `None`: every module Monty provides.

    Raises:
        MontySyntaxError: the code does not compile.
        MontyTypingError: `type_check=True` and the checker found errors.
        NotImplementedError: `type_check=True` in a build without the type checker
            (see `TYPECHECK_AVAILABLE`).
    """

    def __init__(
        self,
        code: str,
        *,
        inputs: Optional[List[str]] = None,
        external_functions: Optional[List[str]] = None,
        tools: Optional['ToolSet'] = None,
        script_name: str = 'main.py',
        type_check: bool = False,
        type_check_stubs: Optional[str] = None,
        allowed_imports: Optional[List[str]] = None,
    ) -> None: ...
    @property
    def script_name(self) -> str:
        """The script name used in tracebacks."""
    @property
    def inputs(self) -> List[str]:
        """The declared input names."""
    @property
    def external_functions(self) -> List[str]:
        """The declared external function names."""
    def _tools(self) -> Optional['_CapabilitySet']:
        """The tool set given to `Monty(..., tools=...)` (internal)."""
    def run(
        self,
        *,
        inputs: Optional[Dict[str, Any]] = None,
        limits: LimitsArg = None,
        external_functions: Optional[Dict[str, Callable[..., Any]]] = None,
        tools: Optional['ToolSet'] = None,
        print_callback: Optional[PrintCallback] = None,
    ) -> Any:
        """Run to completion; return the value of the program's last expression
        statement (or `None`).

        `tools` (default: the set given to `Monty(...)`) answers calls of the
        names it grants; a name it does not grant is undefined (NameError). Names
        not compiled into the program are added by recompiling it for this run.

        External functions are called synchronously with the sandbox's arguments;
        an exception they raise is raised in the sandbox as the same built-in type
        with the same message. Output goes to `print_callback(stream, text)`, or
        to `sys.stdout` / `sys.stderr` when it is `None`. Without `limits`, safe
        default limits apply.

        Raises:
            MontyRuntimeError: the program raised an exception it did not catch.
            MontyLimitError: a resource limit ended the run.
            TypeError: a missing or undeclared input or external function, an
                input of an unsupported type, or `tools` that is not a `ToolSet`.
            ValueError: a cyclic or too deeply nested input.
        """
    def start(
        self,
        *,
        inputs: Optional[Dict[str, Any]] = None,
        limits: LimitsArg = None,
        print_callback: Optional[PrintCallback] = None,
    ) -> Union['MontySnapshot', 'MontyFutureSnapshot', 'MontyComplete']:
        """Run until the program calls an external function (a `MontySnapshot` to
        resume) or finishes (a `MontyComplete`). The limits and print callback
        carry over to each resume. A `MontyFutureSnapshot` comes only after calls
        were answered with `MontySnapshot.resume_pending()`.

        Raises:
            MontyRuntimeError: the program raised an exception it did not catch.
            MontyLimitError: a resource limit ended the run.
        """
    @staticmethod
    def type_check(
        code: str,
        *,
        stubs: Optional[str] = None,
        inputs: Optional[List[str]] = None,
        tools: Optional['ToolSet'] = None,
        script_name: str = 'main.py',
    ) -> List['TypeDiagnostic']:
        """Type-check `code` with ty without compiling or running it and return every
        diagnostic (errors, warnings, notes) in source order; empty when clean.

        The program sees `stubs` (Python stub text of its external functions) and
        the stubs of `tools` without an import, and `inputs` as variables of any
        type. Imports of modules Monty lacks and syntax Monty refuses are reported
        too. The checker stays warm between calls (typeshed loads once).

        Raises:
            NotImplementedError: a build without the type checker.
            ValueError: an input name that is not an identifier, or a failure of
                the checker itself.
        """
    def dump(self) -> bytes:
        """The compiled program as bytes, for `Monty.load`."""
    @staticmethod
    def load(data: bytes) -> 'Monty':
        """Load a program written by `Monty.dump`.

        Raises:
            MontySnapshotError: the bytes are not a valid dump of this version.
        """

@final
class MontySession:
    """An interactive session (a REPL): snippets fed one after another run in one
    interpreter, so the variables, functions, classes and imports that earlier
    snippets made stay defined.

    ```python
    s = MontySession()
    s.feed('def double(x):\n    return 2 * x')
    assert s.feed('double(21)') == 42
    ```

    A snippet that raises keeps what ran before the error, as at CPython's prompt;
    a snippet with a syntax error changes nothing. The whole session dumps to
    bytes between snippets.
    """

    def __init__(
        self,
        *,
        external_functions: Optional[List[str]] = None,
        tools: Optional['ToolSet'] = None,
        script_name: str = 'main.py',
        allowed_imports: Optional[List[str]] = None,
    ) -> None:
        """A new, empty session. `external_functions` names the host functions its
        snippets may call (their callables are given to each `feed`); the
        functions of `tools` are granted to every snippet.

        Raises:
            TypeError: a name declared twice.
        """
    @property
    def script_name(self) -> str:
        """The script name used in tracebacks."""
    @property
    def global_names(self) -> List[str]:
        """The global names the snippets have bound so far, in order of first binding."""
    def feed(
        self,
        code: str,
        *,
        limits: Optional[ResourceLimits] = None,
        external_functions: Optional[Dict[str, Callable[..., Any]]] = None,
        print_callback: Optional[PrintCallback] = None,
    ) -> Any:
        """Run the next snippet; return the value of its trailing expression
        statement (what the REPL would echo), else `None`. `limits` apply to this
        snippet.

        Raises:
            MontySyntaxError: the snippet does not parse (the session is unchanged).
            MontyRuntimeError: the snippet raised an exception it did not catch.
            MontyLimitError: a resource limit ended the snippet.
        """
    def fork(self) -> 'MontySession':
        """An independent copy: feeding one does not change the other."""
    def dump(self) -> bytes:
        """The whole session as bytes, for `MontySession.load`. A tool set is not
        saved: pass it to `load` again."""
    @staticmethod
    def load(data: bytes, *, tools: Optional['ToolSet'] = None) -> 'MontySession':
        """Load a session written by `MontySession.dump`.

        Raises:
            MontySnapshotError: the bytes are not a valid dump of this version.
        """

@final
class MontySnapshot:
    """A run paused at a call of an external function.

    Resume it with the function's result or an exception, now or after
    `dump()` -> bytes -> `MontySnapshot.load()`, in this process or another.
    """

    @property
    def script_name(self) -> str:
        """The script name used in tracebacks."""
    @property
    def function_name(self) -> str:
        """The name of the external function the program called."""
    @property
    def args(self) -> Tuple[Any, ...]:
        """Its positional arguments."""
    @property
    def kwargs(self) -> Dict[str, Any]:
        """Its keyword arguments."""
    @property
    def call_id(self) -> int:
        """Identifies this call within the run."""
    def resume(
        self, *, return_value: Any = ..., exception: Union[BaseException, type, None] = ...
    ) -> Union['MontySnapshot', 'MontyFutureSnapshot', 'MontyComplete']:
        """Continue the run. Give exactly one of:

        - `return_value`: the value the call returns in the sandbox;
        - `exception`: an exception (instance or class) raised at the call, as the
          nearest built-in exception type with the same message;
        - `future=...` (any value): the same as `resume_pending()`.

        Where the program awaits the call (`await fetch(u)`), a plain return value
        completes the await. A snapshot can be resumed once.

        Raises:
            RuntimeError: the snapshot was already resumed.
            TypeError: neither or both arguments, or an unsupported return value.
            MontyRuntimeError: the program raised an exception it did not catch.
            MontyLimitError: a resource limit ended the run.
        """
    def resume_pending(self) -> Union['MontySnapshot', 'MontyFutureSnapshot', 'MontyComplete']:
        """Answer the call with "pending", as for an async host function: the program
        receives an awaitable for the result (a `HostFuture`) and goes on. When every task inside the
        sandbox waits on such calls, the run pauses with a `MontyFutureSnapshot`
        listing this `call_id`, to be resolved later with the result. This is how
        several host calls (an `asyncio.gather` in the sandbox) run concurrently.

        Raises:
            RuntimeError: the snapshot was already resumed.
            MontyRuntimeError: the program raised an exception it did not catch.
            MontyLimitError: a resource limit ended the run.
        """
    def dump(self) -> bytes:
        """The paused run as bytes (versioned and checksummed). Limits and the
        print callback are not included: give them to `load`.

        Raises:
            RuntimeError: the snapshot was already resumed.
        """
    @staticmethod
    def load(
        data: bytes,
        *,
        limits: LimitsArg = None,
        print_callback: Optional[PrintCallback] = None,
    ) -> Union['MontySnapshot', 'MontyFutureSnapshot']:
        """Load a paused run written by `MontySnapshot.dump` (or a waiting run written
        by `MontyFutureSnapshot.dump`, which loads as a `MontyFutureSnapshot`).

        Raises:
            MontySnapshotError: malformed, tampered or foreign bytes.
        """

@final
class MontyFutureSnapshot:
    """A run in which every task waits on host calls answered with
    `MontySnapshot.resume_pending()`. Resolve any of them by call id; the rest stay
    pending and are listed again by the next `MontyFutureSnapshot`.
    """

    @property
    def script_name(self) -> str:
        """The script name used in tracebacks."""
    @property
    def call_ids(self) -> List[int]:
        """The ids (`MontySnapshot.call_id`) of the calls still waiting, in call order."""
    def resume(
        self,
        results: Optional[Dict[int, Any]] = None,
        errors: Optional[Dict[int, Union[BaseException, type]]] = None,
    ) -> Union['MontySnapshot', 'MontyFutureSnapshot', 'MontyComplete']:
        """Resolve some pending calls and continue: `results` maps call ids to return
        values, `errors` maps call ids to exceptions (instances or classes), raised
        in the sandbox as the nearest built-in type with the same message.

        Raises:
            KeyError: an id that is not pending (nothing is resolved then).
            TypeError: no id given, an id in both dicts, or an unsupported value.
            RuntimeError: the snapshot was already resumed.
            MontyRuntimeError: the program raised an exception it did not catch.
            MontyLimitError: a resource limit ended the run.
        """
    def dump(self) -> bytes:
        """The waiting run as bytes (versioned and checksummed), for `load`. Limits
        and the print callback are not included: give them to `load`.

        Raises:
            RuntimeError: the snapshot was already resumed.
        """
    @staticmethod
    def load(
        data: bytes,
        *,
        limits: LimitsArg = None,
        print_callback: Optional[PrintCallback] = None,
    ) -> 'MontyFutureSnapshot':
        """Load a waiting run written by `MontyFutureSnapshot.dump`.

        Raises:
            MontySnapshotError: malformed, tampered or foreign bytes.
        """

@final
class MontyComplete:
    """A finished run."""

    @property
    def output(self) -> Any:
        """The value of the program's last expression statement, or `None`."""

@final
class MontyRepr:
    """A sandbox value with no Python equivalent (a function, a range, an instance
    of a class defined in the sandbox, ...), given by its type name and `repr()`."""

    @property
    def type_name(self) -> str:
        """`type(x).__name__` inside the sandbox."""
    @property
    def repr(self) -> str:
        """`repr(x)` inside the sandbox."""

class _CapabilitySet:
    """The Rust capability set behind `monty.ToolSet` (internal: use `ToolSet`)."""

    def __init__(self) -> None: ...
    def add_python(
        self,
        name: str,
        group: Optional[str],
        doc: str,
        params: List[Tuple[str, Optional[str], str, str]],
        result_schema: str,
        defs: str,
        invoke: Callable[[Dict[str, Any]], Any],
    ) -> None:
        """Grant a Python callable described by JSON schemas (text)."""
    def grant_registered(self, name: str) -> None:
        """Grant a Rust function or group registered in the wheel (KeyError if none)."""
    def grant_clock(self, clock: str) -> None:
        """Grant the clock family: `system`, epoch seconds or an ISO 8601 UTC instant."""
    def grant_http(self, hosts: List[str], max_bytes: Optional[int] = None, timeout: Optional[float] = None) -> None:
        """Grant `http_get`/`http_request` to an allow-list of hosts (ValueError for a bad entry)."""
    def grant_random(self) -> None:
        """Grant the randomness family: `random_bytes(n)` from the host's entropy."""
    def grant_env(self, names: List[str], values: Optional[List[Tuple[str, str]]] = None) -> None:
        """Grant `getenv` over an allow-list of process variables, or fixed values."""
    def mount(self, mounts: List[Tuple[str, str, bool, int]]) -> None:
        """Grant the file functions over `(host_dir, at, writable, max_file_bytes)` mounts."""
    def revoke(self, name: str) -> None:
        """Withdraw a granted function."""
    def names(self) -> List[str]:
        """The granted names, sorted."""
    def signature(self, name: str) -> str:
        """The stub signature of a granted function."""
    def group(self, name: str) -> Optional[str]:
        """The group of a granted function."""
    def stubs(self) -> str:
        """The `.pyi` stub text of everything granted."""
    def prompt(self) -> str:
        """The code-mode prompt."""
    def tools_json(self, format: str) -> str:
        """The JSON tool list as text (`openai` or `anthropic`)."""
    def schemas(self, name: str) -> Tuple[str, str]:
        """The parameters and result JSON schemas of a granted function, as text."""
    def call(
        self, name: str, args: Tuple[Any, ...], kwargs: Optional[Dict[str, Any]] = None
    ) -> Tuple[bool, Any]:
        """Call a granted function: `(True, result)` or `(False, (exc_type, message))`."""
    def copy(self) -> '_CapabilitySet':
        """An independent copy."""
    def __len__(self) -> int: ...
    def __contains__(self, name: str) -> bool: ...

def _result_problem(value: Any, name: str) -> Optional[str]:
    """Why `value`, returned by external function `name`, cannot enter the sandbox (internal)."""
