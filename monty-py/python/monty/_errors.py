"""Exceptions raised by Monty.

Every error Monty raises is a `MontyError`: `MontySyntaxError` when the code does
not compile, `MontyRuntimeError` when the program raises an exception it does not
catch, `MontyLimitError` when a resource limit ends the run, `MontySnapshotError`
when bytes given to a `load` are not a valid dump.
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
