//! Methods of the builtin types. One line per method in the table below; the
//! macro generates the id enum, lookup by (type, name), `dir()` listings and dispatch.
//! A line may end with the method's calling convention (`; Clinic(1, 3)`, see
//! `sig.rs`): the dispatcher then checks arity and keywords with the wording
//! CPython uses for that convention before the method runs. The conventions were
//! read off CPython 3.11 by calling each method with too many, too few and
//! keyword arguments (case `methods__arity_errors`).

/// `find`, `rfind`, `index` and `rindex` of a sequence type, from its
/// `find_impl(vm, this, &args, from_right) -> position or -1`; `index` and
/// `rindex` raise ValueError with `$missing` where `find` gives -1.
macro_rules! find_family {
    ($find_impl:ident, $missing:literal) => {
        pub(crate) fn find(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
            Ok(Value::Int($find_impl(vm, this, &args, false)?))
        }

        pub(crate) fn rfind(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
            Ok(Value::Int($find_impl(vm, this, &args, true)?))
        }

        pub(crate) fn index(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
            match $find_impl(vm, this, &args, false)? {
                -1 => Err(exc(ExcType::ValueError, $missing)),
                i => Ok(Value::Int(i)),
            }
        }

        pub(crate) fn rindex(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
            match $find_impl(vm, this, &args, true)? {
                -1 => Err(exc(ExcType::ValueError, $missing)),
                i => Ok(Value::Int(i)),
            }
        }
    };
}

mod bytearray;
mod bytes;
mod bytes_text;
mod codecs;
mod complex;
pub(crate) use codecs::encode_text;
mod dict;
mod float;
mod int;
mod int_bytes;
mod list;
mod set;
mod str_;
mod str_translate;
mod unichar;

use serde::{Deserialize, Serialize};

use super::args::Args;
use super::sig::Sig;
use crate::exceptions::RunResult;
use crate::object::types::{PyType, TypeId};
use crate::object::value::Value;
use crate::vm::Vm;

macro_rules! methods {
    ($($variant:ident => ($ty:ident, $name:literal) => $func:path $(; $sig:expr)?),* $(,)?) => {
        /// A method of a builtin type.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[allow(missing_docs)]
        pub enum MethodId { $($variant),* }

        const TABLE: &[(MethodId, TypeId, &str)] = &[$((MethodId::$variant, TypeId::$ty, $name)),*];

        impl MethodId {
            /// The Python name.
            #[must_use]
            pub fn name(self) -> &'static str {
                match self { $(Self::$variant => $name),* }
            }

            /// The calling convention, when the table declares it (the dispatcher
            /// then checks arity and keywords); else the method checks them itself.
            #[allow(unused_imports)]
            fn sig(self) -> Option<Sig> {
                use Sig::{Clinic, Keywords, NoArgs, One, Tuple, Varargs};
                match self { $(Self::$variant => methods!(@sig $($sig)?)),* }
            }
        }

        pub(crate) fn call_method(vm: &mut Vm<'_, '_>, m: MethodId, receiver: Value, pos: Vec<Value>, kw: Vec<(Value, Value)>) -> RunResult<Value> {
            vm.charge_method(m.name(), receiver, &pos)?;
            let owner = TABLE.get(m as usize).map_or("object", |(_, t, _)| t.name());
            if let Some(sig) = m.sig() {
                sig.check(owner, m.name(), &pos, &kw)?;
            }
            let args = Args::for_method(owner, m.name(), pos, kw);
            match m { $(MethodId::$variant => $func(vm, receiver, args)),* }
        }
    };
    (@sig) => { None };
    (@sig $sig:expr) => { Some($sig) };
}

impl MethodId {
    /// The method's position in the method table (see [`MethodId::from_index`]).
    #[must_use]
    pub(crate) fn index(self) -> i64 {
        self as i64
    }

    /// The method at position `index` of the method table, if there is one.
    #[must_use]
    pub(crate) fn from_index(index: i64) -> Option<MethodId> {
        usize::try_from(index)
            .ok()
            .and_then(|i| TABLE.get(i))
            .map(|&(m, _, _)| m)
    }

    /// The method `name` of type `t`.
    #[must_use]
    pub fn lookup(t: TypeId, name: &str) -> Option<MethodId> {
        TABLE
            .iter()
            .find(|(_, ty, n)| *ty == t && *n == name)
            .map(|(m, _, _)| *m)
    }

    /// Whether `ty` has a method called `name`.
    #[must_use]
    pub fn lookup_any(ty: PyType, name: &str) -> bool {
        match ty {
            PyType::Builtin(t) => Self::lookup(t, name).is_some(),
            PyType::Exc(_) | PyType::Class(_) => false,
        }
    }

    /// Names of all methods of `t`, for `dir()`.
    #[must_use]
    pub fn names_of(t: TypeId) -> Vec<&'static str> {
        TABLE.iter().filter(|(_, ty, _)| *ty == t).map(|(_, _, n)| *n).collect()
    }
}

methods! {
    StrJoin => (Str, "join") => str_::join; One,
    StrSplit => (Str, "split") => str_::split; Keywords(2),
    StrRsplit => (Str, "rsplit") => str_::rsplit; Keywords(2),
    StrStrip => (Str, "strip") => str_::strip; Clinic(0, 1),
    StrLstrip => (Str, "lstrip") => str_::lstrip; Clinic(0, 1),
    StrRstrip => (Str, "rstrip") => str_::rstrip; Clinic(0, 1),
    StrUpper => (Str, "upper") => str_::upper; NoArgs,
    StrLower => (Str, "lower") => str_::lower; NoArgs,
    StrReplace => (Str, "replace") => str_::replace; Clinic(2, 3),
    StrStartswith => (Str, "startswith") => str_::startswith; Tuple(1, 3),
    StrEndswith => (Str, "endswith") => str_::endswith; Tuple(1, 3),
    StrFind => (Str, "find") => str_::find; Tuple(1, 3),
    StrRfind => (Str, "rfind") => str_::rfind; Tuple(1, 3),
    StrIndex => (Str, "index") => str_::index; Tuple(1, 3),
    StrRindex => (Str, "rindex") => str_::rindex; Tuple(1, 3),
    StrCount => (Str, "count") => str_::count; Tuple(1, 3),
    StrFormat => (Str, "format") => str_::format,
    StrIsdigit => (Str, "isdigit") => str_::isdigit; NoArgs,
    StrIsalpha => (Str, "isalpha") => str_::isalpha; NoArgs,
    StrIsalnum => (Str, "isalnum") => str_::isalnum; NoArgs,
    StrIsspace => (Str, "isspace") => str_::isspace; NoArgs,
    StrIsupper => (Str, "isupper") => str_::isupper; NoArgs,
    StrIslower => (Str, "islower") => str_::islower; NoArgs,
    StrTitle => (Str, "title") => str_::title; NoArgs,
    StrCapitalize => (Str, "capitalize") => str_::capitalize; NoArgs,
    StrSplitlines => (Str, "splitlines") => str_::splitlines; Keywords(1),
    StrCenter => (Str, "center") => str_::center; Clinic(1, 2),
    StrLjust => (Str, "ljust") => str_::ljust; Clinic(1, 2),
    StrRjust => (Str, "rjust") => str_::rjust; Clinic(1, 2),
    StrZfill => (Str, "zfill") => str_::zfill; One,
    StrPartition => (Str, "partition") => str_::partition; One,
    StrRpartition => (Str, "rpartition") => str_::rpartition; One,
    StrEncode => (Str, "encode") => str_::encode; Keywords(2),
    StrIsdecimal => (Str, "isdecimal") => str_::isdecimal; NoArgs,
    StrIsnumeric => (Str, "isnumeric") => str_::isnumeric; NoArgs,
    StrIstitle => (Str, "istitle") => str_::istitle; NoArgs,
    StrIsidentifier => (Str, "isidentifier") => str_::isidentifier; NoArgs,
    StrIsprintable => (Str, "isprintable") => str_::isprintable; NoArgs,
    StrIsascii => (Str, "isascii") => str_::isascii; NoArgs,
    StrCasefold => (Str, "casefold") => str_::casefold; NoArgs,
    StrSwapcase => (Str, "swapcase") => str_::swapcase; NoArgs,
    StrRemoveprefix => (Str, "removeprefix") => str_::removeprefix; One,
    StrRemovesuffix => (Str, "removesuffix") => str_::removesuffix; One,
    StrExpandtabs => (Str, "expandtabs") => str_::expandtabs; Keywords(1),
    StrFormatMap => (Str, "format_map") => str_::format_map; One,
    BytesFind => (Bytes, "find") => bytes::find; Tuple(1, 3),
    BytesRfind => (Bytes, "rfind") => bytes::rfind; Tuple(1, 3),
    BytesIndex => (Bytes, "index") => bytes::index; Tuple(1, 3),
    BytesRindex => (Bytes, "rindex") => bytes::rindex; Tuple(1, 3),
    BytesCount => (Bytes, "count") => bytes::count; Tuple(1, 3),
    BytesStartswith => (Bytes, "startswith") => bytes::startswith; Tuple(1, 3),
    BytesEndswith => (Bytes, "endswith") => bytes::endswith; Tuple(1, 3),
    BytesStrip => (Bytes, "strip") => bytes::strip; Clinic(0, 1),
    BytesLstrip => (Bytes, "lstrip") => bytes::lstrip; Clinic(0, 1),
    BytesRstrip => (Bytes, "rstrip") => bytes::rstrip; Clinic(0, 1),
    BytesLower => (Bytes, "lower") => bytes_text::lower; NoArgs,
    BytesUpper => (Bytes, "upper") => bytes_text::upper; NoArgs,
    BytesSwapcase => (Bytes, "swapcase") => bytes_text::swapcase; NoArgs,
    BytesCapitalize => (Bytes, "capitalize") => bytes_text::capitalize; NoArgs,
    BytesTitle => (Bytes, "title") => bytes_text::title; NoArgs,
    BytesSplit => (Bytes, "split") => bytes::split; Keywords(2),
    BytesRsplit => (Bytes, "rsplit") => bytes::rsplit; Keywords(2),
    BytesSplitlines => (Bytes, "splitlines") => bytes::splitlines; Keywords(1),
    BytesJoin => (Bytes, "join") => bytes::join; One,
    BytesReplace => (Bytes, "replace") => bytes::replace; Clinic(2, 3),
    BytesRemoveprefix => (Bytes, "removeprefix") => bytes::removeprefix; One,
    BytesRemovesuffix => (Bytes, "removesuffix") => bytes::removesuffix; One,
    BytesPartition => (Bytes, "partition") => bytes::partition; One,
    BytesRpartition => (Bytes, "rpartition") => bytes::rpartition; One,
    BytesIsalnum => (Bytes, "isalnum") => bytes_text::isalnum; NoArgs,
    BytesIsalpha => (Bytes, "isalpha") => bytes_text::isalpha; NoArgs,
    BytesIsdigit => (Bytes, "isdigit") => bytes_text::isdigit; NoArgs,
    BytesIsspace => (Bytes, "isspace") => bytes_text::isspace; NoArgs,
    BytesIsupper => (Bytes, "isupper") => bytes_text::isupper; NoArgs,
    BytesIslower => (Bytes, "islower") => bytes_text::islower; NoArgs,
    BytesIsascii => (Bytes, "isascii") => bytes_text::isascii; NoArgs,
    BytesHex => (Bytes, "hex") => bytes_text::hex; Keywords(2),
    BytesDecode => (Bytes, "decode") => codecs::decode; Keywords(2),
    BytesFromhex => (Bytes, "fromhex") => bytes_text::fromhex; One,
    FloatIsInteger => (Float, "is_integer") => float::is_integer; NoArgs,
    FloatConjugate => (Float, "conjugate") => float::conjugate; NoArgs,
    FloatAsIntegerRatio => (Float, "as_integer_ratio") => float::as_integer_ratio; NoArgs,
    FloatHex => (Float, "hex") => float::hex; NoArgs,
    IntBitLength => (Int, "bit_length") => int::bit_length; NoArgs,
    IntBitCount => (Int, "bit_count") => int::bit_count; NoArgs,
    IntConjugate => (Int, "conjugate") => int::conjugate; NoArgs,
    IntAsIntegerRatio => (Int, "as_integer_ratio") => int::as_integer_ratio; NoArgs,
    BoolBitLength => (Bool, "bit_length") => int::bit_length; NoArgs,
    BoolBitCount => (Bool, "bit_count") => int::bit_count; NoArgs,
    BoolConjugate => (Bool, "conjugate") => int::conjugate; NoArgs,
    BoolAsIntegerRatio => (Bool, "as_integer_ratio") => int::as_integer_ratio; NoArgs,
    ListAppend => (List, "append") => list::append; One,
    ListExtend => (List, "extend") => list::extend; One,
    ListPop => (List, "pop") => list::pop; Clinic(0, 1),
    ListInsert => (List, "insert") => list::insert; Clinic(2, 2),
    ListRemove => (List, "remove") => list::remove; One,
    ListIndex => (List, "index") => list::index; Clinic(1, 3),
    ListCount => (List, "count") => list::count; One,
    ListSort => (List, "sort") => list::sort; Keywords(2),
    ListReverse => (List, "reverse") => list::reverse; NoArgs,
    ListCopy => (List, "copy") => list::copy; NoArgs,
    ListClear => (List, "clear") => list::clear; NoArgs,
    TupleIndex => (Tuple, "index") => list::index; Clinic(1, 3),
    TupleCount => (Tuple, "count") => list::count; One,
    RangeIndex => (Range, "index") => list::range_index; One,
    RangeCount => (Range, "count") => list::range_count; One,
    SliceIndices => (Slice, "indices") => list::slice_indices; One,
    DictGet => (Dict, "get") => dict::get; Clinic(1, 2),
    DictKeys => (Dict, "keys") => dict::keys; NoArgs,
    DictValues => (Dict, "values") => dict::values; NoArgs,
    DictItems => (Dict, "items") => dict::items; NoArgs,
    DictPop => (Dict, "pop") => dict::pop; Clinic(1, 2),
    DictPopitem => (Dict, "popitem") => dict::popitem; NoArgs,
    DictSetdefault => (Dict, "setdefault") => dict::setdefault; Clinic(1, 2),
    DictUpdate => (Dict, "update") => dict::update,
    DictCopy => (Dict, "copy") => dict::copy; NoArgs,
    DictClear => (Dict, "clear") => dict::clear; NoArgs,
    DictFromkeys => (Dict, "fromkeys") => dict::fromkeys; Clinic(1, 2),
    SetAdd => (Set, "add") => set::add; One,
    SetRemove => (Set, "remove") => set::remove; One,
    SetDiscard => (Set, "discard") => set::discard; One,
    SetPop => (Set, "pop") => set::pop; NoArgs,
    SetClear => (Set, "clear") => set::clear; NoArgs,
    SetCopy => (Set, "copy") => set::copy; NoArgs,
    SetUpdate => (Set, "update") => set::update; Varargs,
    SetUnion => (Set, "union") => set::union; Varargs,
    SetIntersection => (Set, "intersection") => set::intersection; Varargs,
    SetDifference => (Set, "difference") => set::difference; Varargs,
    SetSymmetricDifference => (Set, "symmetric_difference") => set::symmetric_difference; One,
    SetIssubset => (Set, "issubset") => set::issubset; One,
    SetIssuperset => (Set, "issuperset") => set::issuperset; One,
    SetIsdisjoint => (Set, "isdisjoint") => set::isdisjoint; One,
    SetIntersectionUpdate => (Set, "intersection_update") => set::intersection_update; Varargs,
    SetDifferenceUpdate => (Set, "difference_update") => set::difference_update; Varargs,
    SetSymmetricDifferenceUpdate => (Set, "symmetric_difference_update") => set::symmetric_difference_update; One,
    FrozenSetUnion => (FrozenSet, "union") => set::union; Varargs,
    FrozenSetIntersection => (FrozenSet, "intersection") => set::intersection; Varargs,
    FrozenSetDifference => (FrozenSet, "difference") => set::difference; Varargs,
    FrozenSetSymmetricDifference => (FrozenSet, "symmetric_difference") => set::symmetric_difference; One,
    FrozenSetIssubset => (FrozenSet, "issubset") => set::issubset; One,
    FrozenSetIssuperset => (FrozenSet, "issuperset") => set::issuperset; One,
    FrozenSetIsdisjoint => (FrozenSet, "isdisjoint") => set::isdisjoint; One,
    FrozenSetCopy => (FrozenSet, "copy") => set::copy; NoArgs,
    GenSend => (Generator, "send") => crate::vm::generator::send,
    GenThrow => (Generator, "throw") => crate::vm::generator::throw,
    GenClose => (Generator, "close") => crate::vm::generator::close,
    GenNext => (Generator, "__next__") => crate::vm::generator::next,
    CoroSend => (Coroutine, "send") => crate::vm::generator::send,
    CoroThrow => (Coroutine, "throw") => crate::vm::generator::throw,
    CoroClose => (Coroutine, "close") => crate::vm::generator::close,
    // Appended, not sorted in: a method's position is its id in snapshots.
    StrMaketrans => (Str, "maketrans") => str_translate::maketrans; Clinic(1, 3),
    StrTranslate => (Str, "translate") => str_translate::translate; One,
    FloatFromhex => (Float, "fromhex") => float::fromhex; One,
    IntToBytes => (Int, "to_bytes") => int_bytes::to_bytes; Keywords(3),
    IntFromBytes => (Int, "from_bytes") => int_bytes::from_bytes; Keywords(3),
    BoolToBytes => (Bool, "to_bytes") => int_bytes::to_bytes; Keywords(3),
    DictKeysIsdisjoint => (DictKeys, "isdisjoint") => dict::view_isdisjoint; One,
    DictItemsIsdisjoint => (DictItems, "isdisjoint") => dict::view_isdisjoint; One,
    BytesCenter => (Bytes, "center") => bytes_text::center; Clinic(1, 2),
    BytesLjust => (Bytes, "ljust") => bytes_text::ljust; Clinic(1, 2),
    BytesRjust => (Bytes, "rjust") => bytes_text::rjust; Clinic(1, 2),
    BytesZfill => (Bytes, "zfill") => bytes_text::zfill; One,
    BytesExpandtabs => (Bytes, "expandtabs") => bytes_text::expandtabs; Keywords(1),
    BytesIstitle => (Bytes, "istitle") => bytes_text::istitle; NoArgs,
    BytesTranslate => (Bytes, "translate") => bytes_text::translate; Keywords(2),
    BytesMaketrans => (Bytes, "maketrans") => bytes_text::maketrans; Clinic(2, 2),
    ByteArrayFind => (ByteArray, "find") => bytes::find; Tuple(1, 3),
    ByteArrayRfind => (ByteArray, "rfind") => bytes::rfind; Tuple(1, 3),
    ByteArrayIndex => (ByteArray, "index") => bytes::index; Tuple(1, 3),
    ByteArrayRindex => (ByteArray, "rindex") => bytes::rindex; Tuple(1, 3),
    ByteArrayCount => (ByteArray, "count") => bytes::count; Tuple(1, 3),
    ByteArrayStartswith => (ByteArray, "startswith") => bytes::startswith; Tuple(1, 3),
    ByteArrayEndswith => (ByteArray, "endswith") => bytes::endswith; Tuple(1, 3),
    ByteArrayStrip => (ByteArray, "strip") => bytes::strip; Clinic(0, 1),
    ByteArrayLstrip => (ByteArray, "lstrip") => bytes::lstrip; Clinic(0, 1),
    ByteArrayRstrip => (ByteArray, "rstrip") => bytes::rstrip; Clinic(0, 1),
    ByteArrayLower => (ByteArray, "lower") => bytes_text::lower; NoArgs,
    ByteArrayUpper => (ByteArray, "upper") => bytes_text::upper; NoArgs,
    ByteArraySwapcase => (ByteArray, "swapcase") => bytes_text::swapcase; NoArgs,
    ByteArrayCapitalize => (ByteArray, "capitalize") => bytes_text::capitalize; NoArgs,
    ByteArrayTitle => (ByteArray, "title") => bytes_text::title; NoArgs,
    ByteArraySplit => (ByteArray, "split") => bytes::split; Keywords(2),
    ByteArrayRsplit => (ByteArray, "rsplit") => bytes::rsplit; Keywords(2),
    ByteArraySplitlines => (ByteArray, "splitlines") => bytes::splitlines; Keywords(1),
    ByteArrayJoin => (ByteArray, "join") => bytes::join; One,
    ByteArrayReplace => (ByteArray, "replace") => bytes::replace; Clinic(2, 3),
    ByteArrayRemoveprefix => (ByteArray, "removeprefix") => bytes::removeprefix; One,
    ByteArrayRemovesuffix => (ByteArray, "removesuffix") => bytes::removesuffix; One,
    ByteArrayPartition => (ByteArray, "partition") => bytes::partition; One,
    ByteArrayRpartition => (ByteArray, "rpartition") => bytes::rpartition; One,
    ByteArrayIsalnum => (ByteArray, "isalnum") => bytes_text::isalnum; NoArgs,
    ByteArrayIsalpha => (ByteArray, "isalpha") => bytes_text::isalpha; NoArgs,
    ByteArrayIsdigit => (ByteArray, "isdigit") => bytes_text::isdigit; NoArgs,
    ByteArrayIsspace => (ByteArray, "isspace") => bytes_text::isspace; NoArgs,
    ByteArrayIsupper => (ByteArray, "isupper") => bytes_text::isupper; NoArgs,
    ByteArrayIslower => (ByteArray, "islower") => bytes_text::islower; NoArgs,
    ByteArrayIsascii => (ByteArray, "isascii") => bytes_text::isascii; NoArgs,
    ByteArrayHex => (ByteArray, "hex") => bytes_text::hex; Keywords(2),
    ByteArrayDecode => (ByteArray, "decode") => codecs::decode; Keywords(2),
    ByteArrayFromhex => (ByteArray, "fromhex") => bytes_text::fromhex; One,
    ByteArrayCenter => (ByteArray, "center") => bytes_text::center; Clinic(1, 2),
    ByteArrayLjust => (ByteArray, "ljust") => bytes_text::ljust; Clinic(1, 2),
    ByteArrayRjust => (ByteArray, "rjust") => bytes_text::rjust; Clinic(1, 2),
    ByteArrayZfill => (ByteArray, "zfill") => bytes_text::zfill; One,
    ByteArrayExpandtabs => (ByteArray, "expandtabs") => bytes_text::expandtabs; Keywords(1),
    ByteArrayIstitle => (ByteArray, "istitle") => bytes_text::istitle; NoArgs,
    ByteArrayTranslate => (ByteArray, "translate") => bytes_text::translate; Keywords(2),
    ByteArrayMaketrans => (ByteArray, "maketrans") => bytes_text::maketrans; Clinic(2, 2),
    ByteArrayAppend => (ByteArray, "append") => bytearray::append; One,
    ByteArrayExtend => (ByteArray, "extend") => bytearray::extend; One,
    ByteArrayInsert => (ByteArray, "insert") => bytearray::insert; Clinic(2, 2),
    ByteArrayPop => (ByteArray, "pop") => bytearray::pop; Clinic(0, 1),
    ByteArrayRemove => (ByteArray, "remove") => bytearray::remove; One,
    ByteArrayClear => (ByteArray, "clear") => bytearray::clear; NoArgs,
    ByteArrayReverse => (ByteArray, "reverse") => bytearray::reverse; NoArgs,
    ByteArrayCopy => (ByteArray, "copy") => bytearray::copy; NoArgs,
    ComplexConjugate => (Complex, "conjugate") => complex::conjugate; NoArgs,
}
