"""Exceptions raised by Monty.

Every error Monty raises is a `MontyError`: `MontySyntaxError` when the code does
not compile, `MontyRuntimeError` when the program raises an exception it does not
catch, `MontyLimitError` when a resource limit ends the run, `MontySnapshotError`
when bytes given to a `load` are not a valid dump, `MontyTypingError` when
`Monty(..., type_check=True)` finds type errors.
"""

from __future__ import annotations

import builtins
from typing import Any, List, Optional

__all__ = [
    'Frame',
    'MontyError',
    'MontySyntaxError',
    'MontyRuntimeError',
    'MontyLimitError',
    'MontySnapshotError',
    'MontyInternalError',
    'MontyTypingError',
    'TypeDiagnostic',
]


class Frame:
    """One frame of a sandbox traceback, outermost first."""

    __slots__ = ('filename', 'line', 'function', 'source_line')

    def __init__(self, filename: str, line: int, function: str, source_line: Optional[str] = None) -> None:
        #: The script name given to `Monty(..., script_name=...)`.
        self.filename = filename
        #: 1-based line number.
        self.line = line
        #: The function name, `<module>` for top-level code.
        self.function = function
        #: The stripped source line, when known.
        self.source_line = source_line

    def __repr__(self) -> str:
        return (
            f'Frame(filename={self.filename!r}, line={self.line!r}, '
            f'function={self.function!r}, source_line={self.source_line!r})'
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Frame):
            return NotImplemented
        return (self.filename, self.line, self.function, self.source_line) == (
            other.filename,
            other.line,
            other.function,
            other.source_line,
        )

    def __hash__(self) -> int:
        return hash((self.filename, self.line, self.function, self.source_line))

    def __reduce__(self) -> Any:
        return (Frame, (self.filename, self.line, self.function, self.source_line))


class MontyError(Exception):
    """Base class of every error Monty raises. `str(err)` is the full error text."""

    def __init__(self, text: str, **fields: Any) -> None:
        super().__init__(text)
        self._fields = fields
        for name, value in fields.items():
            setattr(self, name, value)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ''

    def __reduce__(self) -> Any:
        return (_rebuild, (type(self), str(self), self._fields))


def _rebuild(cls: 'type[MontyError]', text: str, fields: 'dict[str, Any]') -> MontyError:
    return cls(text, **fields)


class MontySyntaxError(MontyError):
    """The code does not compile (or uses syntax Monty refuses).

    `str(err)` is the error as CPython prints it: file, line, the source line with
    a caret, then `SyntaxError: message`.
    """

    #: `SyntaxError` for syntax problems, another name for refused-but-valid syntax.
    exc_type: str
    #: The message, e.g. `invalid syntax`.
    message: str
    #: The script name.
    filename: str
    #: 1-based line.
    line: int
    #: 1-based column.
    column: int
    #: The offending source line, when known.
    source_line: Optional[str]

    def display(self, format: str = 'traceback') -> str:
        """The error as `'traceback'` (CPython's text), `'type-msg'` or `'msg'`."""
        return _display(self, format)


class MontyRuntimeError(MontyError):
    """The program raised an exception it did not catch.

    `str(err)` is the traceback in CPython's format; `exc_type` and `message` give
    the exception, `frames` (or `traceback()`) the frames as `Frame` objects.
    """

    #: The exception's type name inside the sandbox, e.g. `ValueError`.
    exc_type: str
    #: `str()` of the exception.
    message: str
    #: The traceback frames, outermost first.
    frames: List[Frame]

    def traceback(self) -> List[Frame]:
        """The traceback frames, outermost first."""
        return list(self.frames)

    def exception(self) -> BaseException:
        """The sandbox exception as a Python exception: the built-in type of that name
        with the message, or `Exception('Type: message')` for a class defined in the sandbox."""
        cls = getattr(builtins, self.exc_type, None)
        if isinstance(cls, type) and issubclass(cls, BaseException):
            try:
                return cls(self.message) if self.message else cls()
            except Exception:  # a type whose constructor wants other arguments
                pass
        return Exception(f'{self.exc_type}: {self.message}' if self.message else self.exc_type)

    def display(self, format: str = 'traceback') -> str:
        """The error as `'traceback'` (CPython's text), `'type-msg'` or `'msg'`."""
        return _display(self, format)


def _display(err: Any, format: str) -> str:
    if format == 'traceback':
        return str(err)
    if format == 'type-msg':
        return f'{err.exc_type}: {err.message}' if err.message else str(err.exc_type)
    if format == 'msg':
        return str(err.message)
    raise ValueError(f"unknown format {format!r}: expected 'traceback', 'type-msg' or 'msg'")


class MontyLimitError(MontyError):
    """A resource limit ended the run. Code inside the sandbox cannot catch it.

    `str(err)` is the traceback of where the program was, ending in
    `MontyLimitError: <which limit and its setting>`.
    """

    #: Which limit: `'memory'`, `'duration'`, `'instructions'`, `'output'`,
    #: `'host_calls'` or `'cancelled'`.
    kind: str
    #: The configured limit (bytes, seconds or a count), `None` for a cancellation.
    limit: Optional[float]
    #: Where the program was when the limit hit, outermost frame first.
    frames: List[Frame]

    def traceback(self) -> List[Frame]:
        """The traceback frames, outermost first."""
        return list(self.frames)


class MontySnapshotError(MontyError, ValueError):
    """Bytes given to `Monty.load` or `MontySnapshot.load` are not a valid dump
    (truncated, corrupted, tampered with, or from another version)."""


class MontyInternalError(MontyError):
    """A bug in Monty itself; please report it."""


class TypeDiagnostic:
    """One problem the type checker (ty) found in a program, positioned in the
    program's own text (1-based lines and columns; columns count characters)."""

    __slots__ = ('rule', 'severity', 'message', 'line', 'column', 'end_line', 'end_column', 'rendered')

    def __init__(
        self,
        *,
        rule: str,
        severity: str,
        message: str,
        line: int,
        column: int,
        end_line: int,
        end_column: int,
        rendered: str,
    ) -> None:
        #: The rule in kebab case, e.g. `invalid-argument-type`, `unresolved-reference`,
        #: `invalid-syntax`, or one of Monty's own such as `unavailable-module`.
        self.rule = rule
        #: `'error'`, `'warning'` or `'info'`.
        self.severity = severity
        #: A one-line message.
        self.message = message
        #: Line of the start of the offending code.
        self.line = line
        #: Column of the start of the offending code.
        self.column = column
        #: Line of its end.
        self.end_line = end_line
        #: Column just past its end.
        self.end_column = end_column
        #: ty's multi-line rendering with the source snippet.
        self.rendered = rendered

    def _key(self) -> tuple:
        return tuple(getattr(self, n) for n in self.__slots__)

    def __repr__(self) -> str:
        return (
            f'TypeDiagnostic(rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, '
            f'line={self.line!r}, column={self.column!r})'
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TypeDiagnostic):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __reduce__(self) -> Any:
        return (_rebuild_diagnostic, (dict(zip(self.__slots__, self._key())),))


def _rebuild_diagnostic(fields: 'dict[str, Any]') -> TypeDiagnostic:
    return TypeDiagnostic(**fields)


class MontyTypingError(MontyError):
    """`Monty(..., type_check=True)` found type errors in the program (it was not run).

    `str(err)` is ty's rendering of every diagnostic followed by a summary line;
    `diagnostics` holds them as `TypeDiagnostic` objects (warnings included).
    """

    #: Every diagnostic, in source order.
    diagnostics: List[TypeDiagnostic]

    def display(self, format: str = 'full') -> str:
        """`'full'` (ty's rendering) or `'concise'` (one `line:column: [rule] message` per diagnostic)."""
        if format == 'full':
            return str(self)
        if format == 'concise':
            return '\n'.join(f'{d.line}:{d.column}: [{d.rule}] {d.message}' for d in self.diagnostics)
        raise ValueError(f"unknown format {format!r}: expected 'full' or 'concise'")
