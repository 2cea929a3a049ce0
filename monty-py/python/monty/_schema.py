"""JSON schemas and argument converters read off Python type hints.

For each supported hint, `SchemaBuilder.hint` returns the JSON schema of its
values (in the style of the Rust side's schemars output, so the same signature
gives the same schema and stub either way) and a converter that checks a value
coming from the sandbox and turns it into what the Python function expects
(a dict into a dataclass or pydantic model, a list into a tuple, ...).
"""

from __future__ import annotations

import collections.abc as _abc
import dataclasses
import enum
import inspect
import sys
import typing
from typing import Any, Callable, Dict, List, Tuple

__all__ = ['ArgError', 'Converter', 'SchemaBuilder', 'hint_name', 'to_plain']

#: `conv(value, path)`: the value for the Python function, or `ArgError`.
Converter = Callable[[Any, str], Any]

SUPPORTED = (
    'int, float, str, bool, None, Any, Optional/Union/X | None, list[T], Sequence[T], set[T], tuple[...], '
    'dict[str, T], Mapping[str, T], Literal[...], Enum, TypedDict, dataclasses and pydantic models'
)

try:  # Python 3.10+: `X | Y` annotations
    from types import UnionType as _UnionType  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.9
    _UnionType = None  # type: ignore[assignment,misc,unused-ignore]


class ArgError(Exception):
    """A sandbox value that does not fit the hint: `exc` is the exception type to raise."""

    def __init__(self, path: str, detail: str, exc: type = TypeError) -> None:
        super().__init__(detail)
        self.path = path
        self.detail = detail
        self.exc = exc


def _sandbox_type(value: Any) -> str:
    return type(value).__name__


def _mismatch(expected: str) -> Converter:
    def fail(value: Any, path: str) -> Any:
        raise ArgError(path, f'must be {expected}, not {_sandbox_type(value)}')

    return fail


def hint_name(hint: Any) -> str:
    """A short Python spelling of a hint, for messages (`list[int]`, `Point`)."""
    if hint is type(None) or hint is None:
        return 'None'
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Annotated:
        return hint_name(args[0])
    if origin is typing.Union or (_UnionType is not None and origin is _UnionType):
        return ' | '.join(hint_name(a) for a in args)
    if origin is typing.Literal:
        return ' | '.join(repr(a) for a in args)
    if origin is not None and args:
        name = getattr(origin, '__name__', str(origin))
        return f"{name}[{', '.join('...' if a is Ellipsis else hint_name(a) for a in args)}]"
    if hint is typing.Any:
        return 'object'
    return getattr(hint, '__name__', repr(hint))


def _is_typeddict(hint: Any) -> bool:
    return (
        isinstance(hint, type)
        and issubclass(hint, dict)
        and hasattr(hint, '__required_keys__')
        and hasattr(hint, '__annotations__')
    )


def _pydantic_model(hint: Any) -> bool:
    pydantic = sys.modules.get('pydantic')
    base = getattr(pydantic, 'BaseModel', None) if pydantic is not None else None
    return isinstance(hint, type) and base is not None and issubclass(hint, base)


class SchemaBuilder:
    """Builds the schemas of one function's parameters (or result): named
    shapes (TypedDict, dataclass, pydantic model) go to `defs` and are
    referred to by `$ref`, so recursive shapes work."""

    def __init__(self, where: str) -> None:
        #: For messages: `get_weather() parameter 'city'`.
        self.where = where
        #: The `$defs` of the schemas built so far.
        self.defs: Dict[str, Any] = {}
        self._classes: Dict[type, Tuple[str, Converter]] = {}

    def fail(self, hint: Any, why: str = '') -> TypeError:
        detail = f': {why}' if why else ''
        return TypeError(
            f'{self.where} has the type hint {hint_name(hint)!s}, which Monty cannot describe{detail} '
            f'(supported: {SUPPORTED})'
        )

    def hint(self, hint: Any) -> Tuple[Dict[str, Any], Converter]:
        """The JSON schema of `hint` and its converter; `TypeError` if unsupported."""
        if hint is None or hint is type(None):
            return {'type': 'null'}, _exact(type(None), 'None')
        if hint is typing.Any or hint is object:
            return {}, lambda v, path: v
        if hint is bool:
            return {'type': 'boolean'}, _exact(bool, 'bool')
        if hint is int:
            return {'type': 'integer'}, _int
        if hint is float:
            return {'type': 'number', 'format': 'double'}, _float
        if hint is str:
            return {'type': 'string'}, _exact(str, 'str')
        if hint in (list, set, frozenset):
            return self._sequence(hint, hint, ())
        if hint is tuple:
            return self._tuple(hint, ())
        if hint is dict:
            return self._dict(hint, ())
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin is typing.Annotated:
            schema, conv = self.hint(args[0])
            notes = [a for a in args[1:] if isinstance(a, str)]
            if notes:
                schema = dict(schema, description=' '.join(notes))
            return schema, conv
        if origin is not None and getattr(origin, '_name', None) in ('Required', 'NotRequired', 'ReadOnly'):
            return self.hint(args[0])  # TypedDict qualifiers: `__required_keys__` has the answer
        if origin is typing.Union or (_UnionType is not None and origin is _UnionType):
            return self._union(hint, args)
        if origin is typing.Literal:
            return self._literal(hint, args)
        if origin in (list, set, frozenset):
            return self._sequence(hint, origin, args)
        if origin in (_abc.Sequence, _abc.MutableSequence, _abc.Iterable, _abc.Collection):
            return self._sequence(hint, list, args)
        if origin in (_abc.Mapping, _abc.MutableMapping):
            return self._dict(hint, args)
        if origin is tuple:
            return self._tuple(hint, args)
        if origin is dict:
            return self._dict(hint, args)
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return self._enum(hint)
        if isinstance(hint, type) and (_is_typeddict(hint) or dataclasses.is_dataclass(hint) or _pydantic_model(hint)):
            return self._named(hint)
        raise self.fail(hint)

    def _union(self, hint: Any, args: Tuple[Any, ...]) -> Tuple[Dict[str, Any], Converter]:
        members = [self.hint(a) for a in args]
        schemas = [s for s, _ in members]
        simple = all(set(s) == {'type'} and isinstance(s['type'], str) for s in schemas)
        if simple:
            schema: Dict[str, Any] = {'type': [s['type'] for s in schemas]}
        else:
            schema = {'anyOf': schemas}
        convs = [c for _, c in members]
        expected = hint_name(hint)

        def conv(value: Any, path: str) -> Any:
            for c in convs:
                try:
                    return c(value, path)
                except ArgError:
                    continue
            raise ArgError(path, f'must be {expected}, not {_sandbox_type(value)}')

        return schema, conv

    def _literal(self, hint: Any, args: Tuple[Any, ...]) -> Tuple[Dict[str, Any], Converter]:
        for a in args:
            if a is not None and type(a) not in (bool, int, str):
                raise self.fail(hint, f'the literal {a!r} is not a bool, int, str or None')
        values = list(args)
        schema: Dict[str, Any] = {'enum': values}
        if all(type(a) is str for a in values):
            schema = {'type': 'string', 'enum': values}
        shown = ', '.join(repr(a) for a in values)

        def conv(value: Any, path: str) -> Any:
            for a in values:
                if type(value) is type(a) and value == a:
                    return a
            if any(type(value) is type(a) for a in values):
                raise ArgError(path, f'must be one of {shown}, not {value!r}', ValueError)
            raise ArgError(path, f'must be one of {shown}, not {_sandbox_type(value)}')

        return schema, conv

    def _enum(self, cls: Any) -> Tuple[Dict[str, Any], Converter]:
        values = [m.value for m in cls]
        if not all(type(v) in (int, str) for v in values):
            raise self.fail(cls, 'only enums of str or int values are supported')
        schema: Dict[str, Any] = {'enum': values}
        if all(type(v) is str for v in values):
            schema = {'type': 'string', 'enum': values}
        shown = ', '.join(repr(v) for v in values)

        def conv(value: Any, path: str) -> Any:
            for m in cls:
                if type(value) is type(m.value) and value == m.value:
                    return m
            raise ArgError(path, f'must be one of {shown}, not {value!r}', ValueError)

        return schema, conv

    def _sequence(self, hint: Any, origin: Any, args: Tuple[Any, ...]) -> Tuple[Dict[str, Any], Converter]:
        item_schema, item_conv = self.hint(args[0] if args else typing.Any)
        schema: Dict[str, Any] = {'type': 'array'}
        if item_schema:
            schema['items'] = item_schema
        if origin is not list:
            schema['uniqueItems'] = True
        accepted = (list, tuple) if origin is list else (list, tuple, set, frozenset)
        expected = hint_name(hint)

        def conv(value: Any, path: str) -> Any:
            if not isinstance(value, accepted):
                raise ArgError(path, f'must be {expected}, not {_sandbox_type(value)}')
            items = [item_conv(v, f'{path}[{i}]') for i, v in enumerate(value)]
            return origin(items)

        return schema, conv

    def _tuple(self, hint: Any, args: Tuple[Any, ...]) -> Tuple[Dict[str, Any], Converter]:
        if not args or (len(args) == 2 and args[1] is Ellipsis):
            seq_schema, seq_conv = self._sequence(hint, list, args[:1])
            return seq_schema, lambda v, path: tuple(seq_conv(v, path))
        if args == ((),):  # tuple[()]
            args = ()
        members = [self.hint(a) for a in args]
        schema = {
            'type': 'array',
            'prefixItems': [s for s, _ in members],
            'minItems': len(members),
            'maxItems': len(members),
        }
        expected = hint_name(hint)

        def conv(value: Any, path: str) -> Any:
            if not isinstance(value, (list, tuple)):
                raise ArgError(path, f'must be {expected}, not {_sandbox_type(value)}')
            if len(value) != len(members):
                raise ArgError(path, f'must be {expected}: expected {len(members)} items, got {len(value)}')
            return tuple(c(v, f'{path}[{i}]') for i, ((_, c), v) in enumerate(zip(members, value)))

        return schema, conv

    def _dict(self, hint: Any, args: Tuple[Any, ...]) -> Tuple[Dict[str, Any], Converter]:
        if args and args[0] not in (str, typing.Any):
            raise self.fail(hint, 'dict keys must be str (JSON object keys)')
        value_schema, value_conv = self.hint(args[1] if len(args) == 2 else typing.Any)
        schema: Dict[str, Any] = {'type': 'object'}
        if value_schema:
            schema['additionalProperties'] = value_schema
        expected = hint_name(hint)

        def conv(value: Any, path: str) -> Any:
            if not isinstance(value, dict):
                raise ArgError(path, f'must be {expected}, not {_sandbox_type(value)}')
            out = {}
            for k, v in value.items():
                if not isinstance(k, str):
                    raise ArgError(path, f'keys must be str, not {_sandbox_type(k)}')
                out[k] = value_conv(v, f'{path}[{k!r}]')
            return out

        return schema, conv

    def _named(self, cls: type) -> Tuple[Dict[str, Any], Converter]:
        if cls in self._classes:
            name, conv = self._classes[cls]
            return {'$ref': f'#/$defs/{name}'}, conv
        name = cls.__name__
        n = 2
        while name in self.defs:
            name = f'{cls.__name__}{n}'
            n += 1
        holder: List[Converter] = []
        self._classes[cls] = (name, lambda v, path: holder[0](v, path))
        self.defs[name] = {}  # reserved while the fields are built
        if _pydantic_model(cls):
            schema, real = self._pydantic(cls)
        else:
            schema, real = self._fields(cls)
        self.defs[name] = schema
        holder.append(real)
        return {'$ref': f'#/$defs/{name}'}, real

    def _fields(self, cls: type) -> Tuple[Dict[str, Any], Converter]:
        try:
            hints = typing.get_type_hints(cls, include_extras=True)
        except Exception as e:
            raise self.fail(cls, f'its type hints cannot be resolved ({e})') from None
        if dataclasses.is_dataclass(cls):
            fields = [f for f in dataclasses.fields(cls) if f.init]
            names = [f.name for f in fields]
            required = [
                f.name
                for f in fields
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            ]
            build: Callable[[Dict[str, Any]], Any] = lambda kw: cls(**kw)
        else:
            names = list(hints)
            required = [n for n in names if n in cls.__required_keys__]  # type: ignore[attr-defined]
            build = dict
        props: Dict[str, Any] = {}
        convs: Dict[str, Converter] = {}
        for field in names:
            if field not in hints:
                raise self.fail(cls, f'field {field!r} has no type hint')
            props[field], convs[field] = self.hint(hints[field])
        schema: Dict[str, Any] = {'type': 'object', 'properties': props, 'required': required}
        doc = _own_doc(cls)
        if doc:
            schema = {'description': doc, **schema}
        shape = cls.__name__

        def conv(value: Any, path: str) -> Any:
            if not isinstance(value, dict):
                raise ArgError(path, f'must be {shape} (a dict), not {_sandbox_type(value)}')
            for key in value:
                if key not in convs:
                    raise ArgError(path, f'unknown field {key!r}, expected one of {", ".join(map(repr, names))}')
            for key in required:
                if key not in value:
                    raise ArgError(path, f'missing field {key!r}')
            return build({k: convs[k](v, f'{path}[{k!r}]') for k, v in value.items()})

        return schema, conv

    def _pydantic(self, cls: Any) -> Tuple[Dict[str, Any], Converter]:
        if not hasattr(cls, 'model_json_schema'):
            raise self.fail(cls, 'only pydantic 2 models are supported')
        schema = dict(cls.model_json_schema(ref_template='#/$defs/{model}'))
        for key, value in schema.pop('$defs', {}).items():
            self.defs.setdefault(key, value)
        pydantic = sys.modules['pydantic']

        def conv(value: Any, path: str) -> Any:
            try:
                return cls.model_validate(value)
            except pydantic.ValidationError as e:
                detail = '; '.join(
                    f"{''.join(f'[{p!r}]' for p in err['loc'])}: {err['msg']}" for err in e.errors()
                )
                raise ArgError(path, f'is not a valid {cls.__name__}: {detail}') from None

        return schema, conv


def _own_doc(cls: type) -> str:
    doc = cls.__dict__.get('__doc__') or ''
    # A dataclass without a docstring gets a generated `Name(field: type, ...)` one.
    if dataclasses.is_dataclass(cls) and doc.startswith(f'{cls.__name__}('):
        return ''
    return inspect.cleandoc(doc) if doc else ''


def _exact(cls: type, expected: str) -> Converter:
    def conv(value: Any, path: str) -> Any:
        if type(value) is cls or (cls is str and isinstance(value, str)):
            return value
        raise ArgError(path, f'must be {expected}, not {_sandbox_type(value)}')

    return conv


def _int(value: Any, path: str) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ArgError(path, f'must be int, not {_sandbox_type(value)}')


def _float(value: Any, path: str) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raise ArgError(path, f'must be float, not {_sandbox_type(value)}')


#: How deep `to_plain` walks a result; deeper values go to the boundary as they are
#: (where anything past its own depth limit is refused cleanly).
_PLAIN_DEPTH = 250


def to_plain(value: Any, depth: int = 0) -> Any:
    """A tool's result as plain data the sandbox takes: dataclass instances and
    pydantic models become dicts, enum members their values."""
    if value is None or type(value) in (bool, int, float, str, bytes) or depth > _PLAIN_DEPTH:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name), depth + 1) for f in dataclasses.fields(value)}
    if _pydantic_model(type(value)):
        return to_plain(value.model_dump(mode='python'), depth + 1)
    if isinstance(value, dict):
        return {to_plain(k, depth + 1): to_plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [to_plain(v, depth + 1) for v in value]
        if isinstance(value, tuple):
            return tuple(items)
        if isinstance(value, (set, frozenset)):
            return frozenset(items) if isinstance(value, frozenset) else set(items)
        return items
    return value

