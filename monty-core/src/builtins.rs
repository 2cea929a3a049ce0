//! The builtin functions and types. Each builtin is one line in the table
//! below; the macro generates the id enum, the name lookup and the dispatch.

pub(crate) mod args;
mod classes;
mod complex;
mod constructors;
pub(crate) mod functions;
mod iterators;
pub(crate) mod methods;
mod numeric;
mod print;
pub(crate) mod sig;

use serde::{Deserialize, Serialize};

use crate::exceptions::{ExcType, RunResult};
use crate::object::types::TypeId;
use crate::object::value::Value;
use crate::vm::Vm;
use args::Args;
pub(crate) use constructors::unicode_digit;
pub(crate) use functions::sort_in_place as functions_sort;

macro_rules! builtins {
    ($($variant:ident => $name:literal => $func:path),* $(,)?) => {
        /// A builtin function.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[allow(missing_docs)]
        pub enum BuiltinId { $($variant),* }

        impl BuiltinId {
            /// Every builtin function.
            pub const ALL: &'static [BuiltinId] = &[$(BuiltinId::$variant),*];

            /// The Python name.
            #[must_use]
            pub fn name(self) -> &'static str {
                match self { $(Self::$variant => $name),* }
            }
        }

        pub(crate) fn call_builtin(vm: &mut Vm<'_, '_>, id: BuiltinId, pos: Vec<Value>, kw: Vec<(Value, Value)>) -> RunResult<Value> {
            let args = Args::new(id.name(), pos, kw);
            match id { $(BuiltinId::$variant => $func(vm, args)),* }
        }
    };
}

builtins! {
    Abs => "abs" => numeric::abs,
    All => "all" => functions::all,
    Any => "any" => functions::any,
    Ascii => "ascii" => functions::ascii,
    Bin => "bin" => numeric::bin,
    Callable => "callable" => functions::callable,
    Chr => "chr" => functions::chr,
    Classmethod => "classmethod" => classes::classmethod,
    Delattr => "delattr" => classes::delattr,
    Dir => "dir" => functions::dir,
    Divmod => "divmod" => numeric::divmod,
    Enumerate => "enumerate" => iterators::enumerate,
    Filter => "filter" => iterators::filter,
    Format => "format" => functions::format,
    Getattr => "getattr" => functions::getattr,
    Hasattr => "hasattr" => functions::hasattr,
    Hash => "hash" => functions::hash,
    Hex => "hex" => numeric::hex,
    Input => "input" => print::input,
    Isinstance => "isinstance" => functions::isinstance,
    Issubclass => "issubclass" => functions::issubclass,
    Iter => "iter" => iterators::iter,
    Len => "len" => functions::len,
    Map => "map" => iterators::map,
    Max => "max" => functions::max,
    Min => "min" => functions::min,
    Next => "next" => iterators::next,
    Oct => "oct" => numeric::oct,
    Ord => "ord" => functions::ord,
    Pow => "pow" => numeric::pow,
    Print => "print" => print::print,
    Property => "property" => classes::property,
    Repr => "repr" => functions::repr,
    Reversed => "reversed" => iterators::reversed,
    Round => "round" => numeric::round,
    Setattr => "setattr" => classes::setattr,
    Sorted => "sorted" => functions::sorted,
    Staticmethod => "staticmethod" => classes::staticmethod,
    Sum => "sum" => numeric::sum,
    Super => "super" => classes::super_,
    Vars => "vars" => classes::vars,
    Zip => "zip" => iterators::zip,
    Id => "id" => functions::id,
}

/// Call a builtin type as a constructor: `int("3")`, `list(x)`.
pub(crate) fn call_type(vm: &mut Vm<'_, '_>, t: TypeId, pos: Vec<Value>, kw: Vec<(Value, Value)>) -> RunResult<Value> {
    constructors::construct(vm, t, Args::new(t.name(), pos, kw))
}

/// Types reachable by name from Python code.
const NAMED_TYPES: &[TypeId] = &[
    TypeId::Int,
    TypeId::Float,
    TypeId::Complex,
    TypeId::Bool,
    TypeId::Str,
    TypeId::Bytes,
    TypeId::ByteArray,
    TypeId::List,
    TypeId::Tuple,
    TypeId::Dict,
    TypeId::Set,
    TypeId::FrozenSet,
    TypeId::Range,
    TypeId::Slice,
    TypeId::Type,
    TypeId::Object,
];

/// The value of a builtin name, if there is one.
pub(crate) fn lookup_builtin_name(name: &str) -> Option<Value> {
    if let Some(b) = BuiltinId::ALL.iter().find(|b| b.name() == name) {
        return Some(Value::Builtin(*b));
    }
    if let Some(t) = NAMED_TYPES.iter().find(|t| t.name() == name) {
        return Some(Value::Type(*t));
    }
    if let Some(e) = ExcType::from_name(name)
        && e.is_builtin()
    {
        return Some(Value::ExcType(e));
    }
    match name {
        "Ellipsis" => Some(Value::Ellipsis),
        "NotImplemented" => Some(Value::NotImplemented),
        _ => None,
    }
}
