//! Methods of the builtin types. One line per method in the table below; the
//! macro generates the id enum, lookup by (type, name), `dir()` listings and dispatch.

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
use crate::exceptions::RunResult;
use crate::object::types::{PyType, TypeId};
use crate::object::value::Value;
use crate::vm::Vm;

macro_rules! methods {
    ($($variant:ident => ($ty:ident, $name:literal) => $func:path),* $(,)?) => {
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
        }

        pub(crate) fn call_method(vm: &mut Vm<'_, '_>, m: MethodId, receiver: Value, pos: Vec<Value>, kw: Vec<(Value, Value)>) -> RunResult<Value> {
            vm.charge_method(m.name(), receiver, &pos)?;
            let owner = TABLE.get(m as usize).map_or("object", |(_, t, _)| t.name());
            let args = Args::for_method(owner, m.name(), pos, kw);
            match m { $(MethodId::$variant => $func(vm, receiver, args)),* }
        }
    };
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
    StrJoin => (Str, "join") => str_::join,
    StrSplit => (Str, "split") => str_::split,
    StrRsplit => (Str, "rsplit") => str_::rsplit,
    StrStrip => (Str, "strip") => str_::strip,
    StrLstrip => (Str, "lstrip") => str_::lstrip,
    StrRstrip => (Str, "rstrip") => str_::rstrip,
    StrUpper => (Str, "upper") => str_::upper,
    StrLower => (Str, "lower") => str_::lower,
    StrReplace => (Str, "replace") => str_::replace,
    StrStartswith => (Str, "startswith") => str_::startswith,
    StrEndswith => (Str, "endswith") => str_::endswith,
    StrFind => (Str, "find") => str_::find,
    StrRfind => (Str, "rfind") => str_::rfind,
    StrIndex => (Str, "index") => str_::index,
    StrRindex => (Str, "rindex") => str_::rindex,
    StrCount => (Str, "count") => str_::count,
    StrFormat => (Str, "format") => str_::format,
    StrIsdigit => (Str, "isdigit") => str_::isdigit,
    StrIsalpha => (Str, "isalpha") => str_::isalpha,
    StrIsalnum => (Str, "isalnum") => str_::isalnum,
    StrIsspace => (Str, "isspace") => str_::isspace,
    StrIsupper => (Str, "isupper") => str_::isupper,
    StrIslower => (Str, "islower") => str_::islower,
    StrTitle => (Str, "title") => str_::title,
    StrCapitalize => (Str, "capitalize") => str_::capitalize,
    StrSplitlines => (Str, "splitlines") => str_::splitlines,
    StrCenter => (Str, "center") => str_::center,
    StrLjust => (Str, "ljust") => str_::ljust,
    StrRjust => (Str, "rjust") => str_::rjust,
    StrZfill => (Str, "zfill") => str_::zfill,
    StrPartition => (Str, "partition") => str_::partition,
    StrRpartition => (Str, "rpartition") => str_::rpartition,
    StrEncode => (Str, "encode") => str_::encode,
    StrIsdecimal => (Str, "isdecimal") => str_::isdecimal,
    StrIsnumeric => (Str, "isnumeric") => str_::isnumeric,
    StrIstitle => (Str, "istitle") => str_::istitle,
    StrIsidentifier => (Str, "isidentifier") => str_::isidentifier,
    StrIsprintable => (Str, "isprintable") => str_::isprintable,
    StrIsascii => (Str, "isascii") => str_::isascii,
    StrCasefold => (Str, "casefold") => str_::casefold,
    StrSwapcase => (Str, "swapcase") => str_::swapcase,
    StrRemoveprefix => (Str, "removeprefix") => str_::removeprefix,
    StrRemovesuffix => (Str, "removesuffix") => str_::removesuffix,
    StrExpandtabs => (Str, "expandtabs") => str_::expandtabs,
    StrFormatMap => (Str, "format_map") => str_::format_map,
    BytesFind => (Bytes, "find") => bytes::find,
    BytesRfind => (Bytes, "rfind") => bytes::rfind,
    BytesIndex => (Bytes, "index") => bytes::index,
    BytesRindex => (Bytes, "rindex") => bytes::rindex,
    BytesCount => (Bytes, "count") => bytes::count,
    BytesStartswith => (Bytes, "startswith") => bytes::startswith,
    BytesEndswith => (Bytes, "endswith") => bytes::endswith,
    BytesStrip => (Bytes, "strip") => bytes::strip,
    BytesLstrip => (Bytes, "lstrip") => bytes::lstrip,
    BytesRstrip => (Bytes, "rstrip") => bytes::rstrip,
    BytesLower => (Bytes, "lower") => bytes_text::lower,
    BytesUpper => (Bytes, "upper") => bytes_text::upper,
    BytesSwapcase => (Bytes, "swapcase") => bytes_text::swapcase,
    BytesCapitalize => (Bytes, "capitalize") => bytes_text::capitalize,
    BytesTitle => (Bytes, "title") => bytes_text::title,
    BytesSplit => (Bytes, "split") => bytes::split,
    BytesRsplit => (Bytes, "rsplit") => bytes::rsplit,
    BytesSplitlines => (Bytes, "splitlines") => bytes::splitlines,
    BytesJoin => (Bytes, "join") => bytes::join,
    BytesReplace => (Bytes, "replace") => bytes::replace,
    BytesRemoveprefix => (Bytes, "removeprefix") => bytes::removeprefix,
    BytesRemovesuffix => (Bytes, "removesuffix") => bytes::removesuffix,
    BytesPartition => (Bytes, "partition") => bytes::partition,
    BytesRpartition => (Bytes, "rpartition") => bytes::rpartition,
    BytesIsalnum => (Bytes, "isalnum") => bytes_text::isalnum,
    BytesIsalpha => (Bytes, "isalpha") => bytes_text::isalpha,
    BytesIsdigit => (Bytes, "isdigit") => bytes_text::isdigit,
    BytesIsspace => (Bytes, "isspace") => bytes_text::isspace,
    BytesIsupper => (Bytes, "isupper") => bytes_text::isupper,
    BytesIslower => (Bytes, "islower") => bytes_text::islower,
    BytesIsascii => (Bytes, "isascii") => bytes_text::isascii,
    BytesHex => (Bytes, "hex") => bytes_text::hex,
    BytesDecode => (Bytes, "decode") => codecs::decode,
    BytesFromhex => (Bytes, "fromhex") => bytes_text::fromhex,
    FloatIsInteger => (Float, "is_integer") => float::is_integer,
    FloatConjugate => (Float, "conjugate") => float::conjugate,
    FloatAsIntegerRatio => (Float, "as_integer_ratio") => float::as_integer_ratio,
    FloatHex => (Float, "hex") => float::hex,
    IntBitLength => (Int, "bit_length") => int::bit_length,
    IntBitCount => (Int, "bit_count") => int::bit_count,
    IntConjugate => (Int, "conjugate") => int::conjugate,
    IntAsIntegerRatio => (Int, "as_integer_ratio") => int::as_integer_ratio,
    BoolBitLength => (Bool, "bit_length") => int::bit_length,
    BoolBitCount => (Bool, "bit_count") => int::bit_count,
    BoolConjugate => (Bool, "conjugate") => int::conjugate,
    BoolAsIntegerRatio => (Bool, "as_integer_ratio") => int::as_integer_ratio,
    ListAppend => (List, "append") => list::append,
    ListExtend => (List, "extend") => list::extend,
    ListPop => (List, "pop") => list::pop,
    ListInsert => (List, "insert") => list::insert,
    ListRemove => (List, "remove") => list::remove,
    ListIndex => (List, "index") => list::index,
    ListCount => (List, "count") => list::count,
    ListSort => (List, "sort") => list::sort,
    ListReverse => (List, "reverse") => list::reverse,
    ListCopy => (List, "copy") => list::copy,
    ListClear => (List, "clear") => list::clear,
    TupleIndex => (Tuple, "index") => list::index,
    TupleCount => (Tuple, "count") => list::count,
    RangeIndex => (Range, "index") => list::range_index,
    RangeCount => (Range, "count") => list::range_count,
    SliceIndices => (Slice, "indices") => list::slice_indices,
    DictGet => (Dict, "get") => dict::get,
    DictKeys => (Dict, "keys") => dict::keys,
    DictValues => (Dict, "values") => dict::values,
    DictItems => (Dict, "items") => dict::items,
    DictPop => (Dict, "pop") => dict::pop,
    DictPopitem => (Dict, "popitem") => dict::popitem,
    DictSetdefault => (Dict, "setdefault") => dict::setdefault,
    DictUpdate => (Dict, "update") => dict::update,
    DictCopy => (Dict, "copy") => dict::copy,
    DictClear => (Dict, "clear") => dict::clear,
    DictFromkeys => (Dict, "fromkeys") => dict::fromkeys,
    SetAdd => (Set, "add") => set::add,
    SetRemove => (Set, "remove") => set::remove,
    SetDiscard => (Set, "discard") => set::discard,
    SetPop => (Set, "pop") => set::pop,
    SetClear => (Set, "clear") => set::clear,
    SetCopy => (Set, "copy") => set::copy,
    SetUpdate => (Set, "update") => set::update,
    SetUnion => (Set, "union") => set::union,
    SetIntersection => (Set, "intersection") => set::intersection,
    SetDifference => (Set, "difference") => set::difference,
    SetSymmetricDifference => (Set, "symmetric_difference") => set::symmetric_difference,
    SetIssubset => (Set, "issubset") => set::issubset,
    SetIssuperset => (Set, "issuperset") => set::issuperset,
    SetIsdisjoint => (Set, "isdisjoint") => set::isdisjoint,
    SetIntersectionUpdate => (Set, "intersection_update") => set::intersection_update,
    SetDifferenceUpdate => (Set, "difference_update") => set::difference_update,
    SetSymmetricDifferenceUpdate => (Set, "symmetric_difference_update") => set::symmetric_difference_update,
    FrozenSetUnion => (FrozenSet, "union") => set::union,
    FrozenSetIntersection => (FrozenSet, "intersection") => set::intersection,
    FrozenSetDifference => (FrozenSet, "difference") => set::difference,
    FrozenSetSymmetricDifference => (FrozenSet, "symmetric_difference") => set::symmetric_difference,
    FrozenSetIssubset => (FrozenSet, "issubset") => set::issubset,
    FrozenSetIssuperset => (FrozenSet, "issuperset") => set::issuperset,
    FrozenSetIsdisjoint => (FrozenSet, "isdisjoint") => set::isdisjoint,
    FrozenSetCopy => (FrozenSet, "copy") => set::copy,
    GenSend => (Generator, "send") => crate::vm::generator::send,
    GenThrow => (Generator, "throw") => crate::vm::generator::throw,
    GenClose => (Generator, "close") => crate::vm::generator::close,
    GenNext => (Generator, "__next__") => crate::vm::generator::next,
    CoroSend => (Coroutine, "send") => crate::vm::generator::send,
    CoroThrow => (Coroutine, "throw") => crate::vm::generator::throw,
    CoroClose => (Coroutine, "close") => crate::vm::generator::close,
    // Appended, not sorted in: a method's position is its id in snapshots.
    StrMaketrans => (Str, "maketrans") => str_translate::maketrans,
    StrTranslate => (Str, "translate") => str_translate::translate,
    FloatFromhex => (Float, "fromhex") => float::fromhex,
    IntToBytes => (Int, "to_bytes") => int_bytes::to_bytes,
    IntFromBytes => (Int, "from_bytes") => int_bytes::from_bytes,
    BoolToBytes => (Bool, "to_bytes") => int_bytes::to_bytes,
    DictKeysIsdisjoint => (DictKeys, "isdisjoint") => dict::view_isdisjoint,
    DictItemsIsdisjoint => (DictItems, "isdisjoint") => dict::view_isdisjoint,
    BytesCenter => (Bytes, "center") => bytes_text::center,
    BytesLjust => (Bytes, "ljust") => bytes_text::ljust,
    BytesRjust => (Bytes, "rjust") => bytes_text::rjust,
    BytesZfill => (Bytes, "zfill") => bytes_text::zfill,
    BytesExpandtabs => (Bytes, "expandtabs") => bytes_text::expandtabs,
    BytesIstitle => (Bytes, "istitle") => bytes_text::istitle,
    BytesTranslate => (Bytes, "translate") => bytes_text::translate,
    BytesMaketrans => (Bytes, "maketrans") => bytes_text::maketrans,
    ByteArrayFind => (ByteArray, "find") => bytes::find,
    ByteArrayRfind => (ByteArray, "rfind") => bytes::rfind,
    ByteArrayIndex => (ByteArray, "index") => bytes::index,
    ByteArrayRindex => (ByteArray, "rindex") => bytes::rindex,
    ByteArrayCount => (ByteArray, "count") => bytes::count,
    ByteArrayStartswith => (ByteArray, "startswith") => bytes::startswith,
    ByteArrayEndswith => (ByteArray, "endswith") => bytes::endswith,
    ByteArrayStrip => (ByteArray, "strip") => bytes::strip,
    ByteArrayLstrip => (ByteArray, "lstrip") => bytes::lstrip,
    ByteArrayRstrip => (ByteArray, "rstrip") => bytes::rstrip,
    ByteArrayLower => (ByteArray, "lower") => bytes_text::lower,
    ByteArrayUpper => (ByteArray, "upper") => bytes_text::upper,
    ByteArraySwapcase => (ByteArray, "swapcase") => bytes_text::swapcase,
    ByteArrayCapitalize => (ByteArray, "capitalize") => bytes_text::capitalize,
    ByteArrayTitle => (ByteArray, "title") => bytes_text::title,
    ByteArraySplit => (ByteArray, "split") => bytes::split,
    ByteArrayRsplit => (ByteArray, "rsplit") => bytes::rsplit,
    ByteArraySplitlines => (ByteArray, "splitlines") => bytes::splitlines,
    ByteArrayJoin => (ByteArray, "join") => bytes::join,
    ByteArrayReplace => (ByteArray, "replace") => bytes::replace,
    ByteArrayRemoveprefix => (ByteArray, "removeprefix") => bytes::removeprefix,
    ByteArrayRemovesuffix => (ByteArray, "removesuffix") => bytes::removesuffix,
    ByteArrayPartition => (ByteArray, "partition") => bytes::partition,
    ByteArrayRpartition => (ByteArray, "rpartition") => bytes::rpartition,
    ByteArrayIsalnum => (ByteArray, "isalnum") => bytes_text::isalnum,
    ByteArrayIsalpha => (ByteArray, "isalpha") => bytes_text::isalpha,
    ByteArrayIsdigit => (ByteArray, "isdigit") => bytes_text::isdigit,
    ByteArrayIsspace => (ByteArray, "isspace") => bytes_text::isspace,
    ByteArrayIsupper => (ByteArray, "isupper") => bytes_text::isupper,
    ByteArrayIslower => (ByteArray, "islower") => bytes_text::islower,
    ByteArrayIsascii => (ByteArray, "isascii") => bytes_text::isascii,
    ByteArrayHex => (ByteArray, "hex") => bytes_text::hex,
    ByteArrayDecode => (ByteArray, "decode") => codecs::decode,
    ByteArrayFromhex => (ByteArray, "fromhex") => bytes_text::fromhex,
    ByteArrayCenter => (ByteArray, "center") => bytes_text::center,
    ByteArrayLjust => (ByteArray, "ljust") => bytes_text::ljust,
    ByteArrayRjust => (ByteArray, "rjust") => bytes_text::rjust,
    ByteArrayZfill => (ByteArray, "zfill") => bytes_text::zfill,
    ByteArrayExpandtabs => (ByteArray, "expandtabs") => bytes_text::expandtabs,
    ByteArrayIstitle => (ByteArray, "istitle") => bytes_text::istitle,
    ByteArrayTranslate => (ByteArray, "translate") => bytes_text::translate,
    ByteArrayMaketrans => (ByteArray, "maketrans") => bytes_text::maketrans,
    ByteArrayAppend => (ByteArray, "append") => bytearray::append,
    ByteArrayExtend => (ByteArray, "extend") => bytearray::extend,
    ByteArrayInsert => (ByteArray, "insert") => bytearray::insert,
    ByteArrayPop => (ByteArray, "pop") => bytearray::pop,
    ByteArrayRemove => (ByteArray, "remove") => bytearray::remove,
    ByteArrayClear => (ByteArray, "clear") => bytearray::clear,
    ByteArrayReverse => (ByteArray, "reverse") => bytearray::reverse,
    ByteArrayCopy => (ByteArray, "copy") => bytearray::copy,
}
