//! Built-in type objects and `type(x)`.

use serde::{Deserialize, Serialize};

use crate::exceptions::ExcType;
use crate::object::heap::{Heap, IterKind, Obj};
use crate::object::value::Value;

macro_rules! type_ids {
    ($($variant:ident => $name:literal),* $(,)?) => {
        /// A built-in type.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[allow(missing_docs)]
        pub enum TypeId { $($variant),* }

        impl TypeId {
            /// `type.__name__`
            #[must_use]
            pub fn name(self) -> &'static str {
                match self { $(Self::$variant => $name),* }
            }
        }
    };
}

type_ids! {
    Object => "object",
    Type => "type",
    NoneType => "NoneType",
    NotImplementedType => "NotImplementedType",
    Ellipsis => "ellipsis",
    Bool => "bool",
    Int => "int",
    Float => "float",
    Str => "str",
    Bytes => "bytes",
    List => "list",
    Tuple => "tuple",
    Dict => "dict",
    Set => "set",
    FrozenSet => "frozenset",
    Range => "range",
    Slice => "slice",
    Function => "function",
    BuiltinFunction => "builtin_function_or_method",
    Method => "method",
    Cell => "cell",
    Generator => "generator",
    ListIterator => "list_iterator",
    TupleIterator => "tuple_iterator",
    StrIterator => "str_ascii_iterator",
    BytesIterator => "bytes_iterator",
    RangeIterator => "range_iterator",
    SetIterator => "set_iterator",
    DictKeyIterator => "dict_keyiterator",
    DictValueIterator => "dict_valueiterator",
    DictItemIterator => "dict_itemiterator",
    DictKeys => "dict_keys",
    DictValues => "dict_values",
    DictItems => "dict_items",
    Enumerate => "enumerate",
    Zip => "zip",
    Map => "map",
    Filter => "filter",
    Reversed => "list_reverseiterator",
    Module => "module",
    Partial => "partial",
    StdIter => "itertools_iterator",
    RePattern => "Pattern",
    ReMatch => "Match",
    Random => "Random",
    Counter => "Counter",
    DefaultDict => "defaultdict",
    OrderedDict => "OrderedDict",
    Deque => "deque",
    ItemGetter => "itemgetter",
    AttrGetter => "attrgetter",
    MethodCaller => "methodcaller",
    Property => "property",
    StaticMethod => "staticmethod",
    ClassMethod => "classmethod",
    Super => "super",
    MethodWrapper => "method-wrapper",
    WrapperDescriptor => "wrapper_descriptor",
    SeqIterator => "iterator",
    GeneratorContextManager => "_GeneratorContextManager",
    Suppress => "suppress",
    NullContext => "nullcontext",
    Coroutine => "coroutine",
    HostFuture => "HostFuture",
    HostFutureIter => "HostFutureIter",
    CallableIterator => "callable_iterator",
    UnionType => "UnionType",
    GenericAlias => "GenericAlias",
    Complex => "complex",
    ByteArray => "bytearray",
    ByteArrayIterator => "bytearray_iterator",
}

/// What `type(v)` returns: a builtin type or an exception class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PyType {
    /// A builtin non-exception type.
    Builtin(TypeId),
    /// An exception class.
    Exc(ExcType),
    /// A user-defined class (an `Obj::Class`).
    Class(crate::object::value::HeapId),
}

impl PyType {
    /// The type as a Python value.
    #[must_use]
    pub fn to_value(self) -> Value {
        match self {
            Self::Builtin(t) => Value::Type(t),
            Self::Exc(e) => Value::ExcType(e),
            Self::Class(id) => Value::Ref(id),
        }
    }

    /// `__name__` of a builtin type; a user class reads its name from the heap (see [`PyType::name_in`]).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Builtin(t) => t.name(),
            Self::Exc(e) => e.name(),
            Self::Class(_) => "object",
        }
    }

    /// `__name__` of the type, user classes included.
    #[must_use]
    pub fn name_in(self, heap: &Heap) -> &str {
        match self {
            Self::Class(id) => match heap.get(id) {
                Obj::Class(c) => c.name.as_str(),
                _ => "object",
            },
            other => other.name(),
        }
    }
}

/// `type(v)`.
#[must_use]
pub fn type_of(heap: &Heap, v: Value) -> PyType {
    PyType::Builtin(match v {
        Value::Undef | Value::None => TypeId::NoneType,
        Value::NotImplemented => TypeId::NotImplementedType,
        Value::Ellipsis => TypeId::Ellipsis,
        Value::Bool(_) => TypeId::Bool,
        Value::Int(_) => TypeId::Int,
        Value::Float(_) => TypeId::Float,
        Value::Builtin(_) | Value::External(_) => TypeId::BuiltinFunction,
        Value::Type(_) | Value::ExcType(_) => TypeId::Type,
        Value::Ref(id) => match heap.get(id) {
            Obj::Str(_) => TypeId::Str,
            Obj::Bytes(_) => TypeId::Bytes,
            Obj::ByteArray(_) => TypeId::ByteArray,
            Obj::BigInt(_) => TypeId::Int,
            Obj::Complex(_) => TypeId::Complex,
            Obj::List(_) => TypeId::List,
            Obj::Tuple(_) => TypeId::Tuple,
            Obj::Dict(_) => TypeId::Dict,
            Obj::Set(_) => TypeId::Set,
            Obj::FrozenSet(_) => TypeId::FrozenSet,
            Obj::Range(_) => TypeId::Range,
            Obj::Slice(_) => TypeId::Slice,
            Obj::Function(_) => TypeId::Function,
            Obj::Cell(_) => TypeId::Cell,
            Obj::BoundMethod(_) => TypeId::BuiltinFunction,
            Obj::Exception(e) => {
                return match e.class {
                    Some(c) => PyType::Class(c),
                    None => PyType::Exc(e.ty),
                };
            }
            Obj::Instance(i) => return PyType::Class(i.class),
            Obj::Class(_) => TypeId::Type,
            Obj::Method(_) => TypeId::Method,
            Obj::Property(_) => TypeId::Property,
            Obj::StaticMethod(_) => TypeId::StaticMethod,
            Obj::ClassMethod(_) => TypeId::ClassMethod,
            Obj::Super(_) => TypeId::Super,
            Obj::SlotMethod(m) => {
                if m.receiver == Value::Undef {
                    TypeId::WrapperDescriptor
                } else {
                    TypeId::MethodWrapper
                }
            }
            Obj::Generator(g) if g.coroutine => TypeId::Coroutine,
            Obj::Generator(_) => TypeId::Generator,
            Obj::Std(s) => s.type_id(),
            Obj::Object => TypeId::Object,
            Obj::TypeExpr(crate::object::type_expr::TypeExpr::Union(_)) => TypeId::UnionType,
            Obj::TypeExpr(crate::object::type_expr::TypeExpr::Alias { .. }) => TypeId::GenericAlias,
            Obj::DictView(kind, _) => match kind {
                crate::object::heap::DictViewKind::Keys => TypeId::DictKeys,
                crate::object::heap::DictViewKind::Values => TypeId::DictValues,
                crate::object::heap::DictViewKind::Items => TypeId::DictItems,
            },
            Obj::Iter(it) => match &it.kind {
                IterKind::Seq { seq, .. } => match heap.get(*seq) {
                    Obj::Tuple(_) => TypeId::TupleIterator,
                    Obj::Str(_) => TypeId::StrIterator,
                    Obj::Bytes(_) => TypeId::BytesIterator,
                    Obj::ByteArray(_) => TypeId::ByteArrayIterator,
                    _ => TypeId::ListIterator,
                },
                IterKind::Reversed { .. } => TypeId::Reversed,
                IterKind::Range { .. } => TypeId::RangeIterator,
                IterKind::DictKeys { .. } => TypeId::DictKeyIterator,
                IterKind::DictValues { .. } => TypeId::DictValueIterator,
                IterKind::DictItems { .. } => TypeId::DictItemIterator,
                IterKind::Set { .. } => TypeId::SetIterator,
                IterKind::Enumerate { .. } => TypeId::Enumerate,
                IterKind::Zip { .. } | IterKind::ZipStrict { .. } => TypeId::Zip,
                IterKind::Map { .. } => TypeId::Map,
                IterKind::Filter { .. } => TypeId::Filter,
                IterKind::GetItem { .. } => TypeId::SeqIterator,
                IterKind::Call { .. } => TypeId::CallableIterator,
            },
        },
    })
}
