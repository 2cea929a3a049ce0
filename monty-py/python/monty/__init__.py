"""Monty: a secure, embeddable interpreter for the Python that AI agents write.

```python
import monty

m = monty.Monty('x * 2', inputs=['x'])
assert m.run(inputs={'x': 21}) == 42
```

Programs run in-process, with nothing of the host reachable except the external
functions and tools (`ToolSet`, `@monty.function`) given to a run, within
resource limits (`ResourceLimits`). A run can pause at each external function call (`Monty.start` -> `MontySnapshot`), be saved
to bytes, and be resumed later, elsewhere.
"""

from ._errors import (
    Frame,
    MontyError,
    MontyInternalError,
    MontyLimitError,
    MontyRuntimeError,
    MontySnapshotError,
    MontySyntaxError,
)
from ._monty import Monty, MontyComplete, MontyRepr, MontySnapshot, ResourceLimits, __version__
from ._tools import Tool, ToolSet, function, registered_tools

__all__ = [
    'Monty',
    'MontySnapshot',
    'MontyComplete',
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
    '__version__',
]
