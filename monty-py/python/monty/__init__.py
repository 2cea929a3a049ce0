"""Monty: a secure, embeddable interpreter for the Python that AI agents write.

```python
import monty

m = monty.Monty('x * 2', inputs=['x'])
assert m.run(inputs={'x': 21}) == 42
```

Programs run in-process, with nothing of the host reachable except the external
functions and tools (`ToolSet`, `@monty.function`) given to a run, within
resource limits (`ResourceLimits`). A run can pause at each external function call (`Monty.start` -> `MontySnapshot`), be saved
to bytes, and be resumed later, elsewhere. Async external functions run
concurrently on the host's event loop with `run_monty_async`, or by hand with
`MontySnapshot.resume_pending()` and `MontyFutureSnapshot`. `Monty(...,
type_check=True)` and `Monty.type_check` check a program with ty before it runs.
`MontySession` is a REPL: snippets fed one after another share their globals.
"""

from ._errors import (
    Frame,
    MontyError,
    MontyInternalError,
    MontyLimitError,
    MontyRuntimeError,
    MontySnapshotError,
    MontySyntaxError,
    MontyTypingError,
    TypeDiagnostic,
)
from ._monty import (
    TYPECHECK_AVAILABLE,
    Monty,
    MontyComplete,
    MontyFutureSnapshot,
    MontyRepr,
    MontySession,
    MontySnapshot,
    ResourceLimits,
    __version__,
)
from ._async import run_monty_async
from ._tools import Tool, ToolSet, function, registered_tools

__all__ = [
    'Monty',
    'MontySession',
    'MontySnapshot',
    'MontyFutureSnapshot',
    'MontyComplete',
    'run_monty_async',
    'TypeDiagnostic',
    'TYPECHECK_AVAILABLE',
    'MontyRepr',
    'ResourceLimits',
    'ToolSet',
    'Tool',
    'function',
    'registered_tools',
    'Frame',
    'MontyError',
    'MontySyntaxError',
    'MontyRuntimeError',
    'MontyLimitError',
    'MontySnapshotError',
    'MontyInternalError',
    'MontyTypingError',
    '__version__',
]
