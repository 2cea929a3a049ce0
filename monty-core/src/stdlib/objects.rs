//! Heap objects of the stdlib: modules, native functions, bound native
//! methods and the state of native types. Functions and methods are
//! serialized by their Python names (`"math.sqrt"`, `"partial.__call__"`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::collections::Coll;
use super::functools::Partial;
use super::itertools::ItState;
use super::operator::Getter;
use super::random::RandomState;
use super::re::{MatchObj, PatternObj};
use super::{Member, ModuleId, NativeFn, NativeMethod, TYPES};
use crate::exceptions::RunResult;
use crate::object::heap::Obj;
use crate::object::types::TypeId;
use crate::object::value::{HeapId, Value};
use crate::vm::Vm;

/// A module object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleObj {
    /// Which module.
    pub id: ModuleId,
    /// Its namespace, a dict of members.
    pub attrs: Value,
}

/// A native module function, by module and member index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StdFn {
    /// The module.
    pub module: ModuleId,
    /// Index among the module's members.
    pub index: u16,
}

impl StdFn {
    /// The function's name and code.
    pub(crate) fn resolve(self) -> Option<(&'static str, NativeFn)> {
        match self.module.spec().members.get(usize::from(self.index))? {
            (name, Member::Fn(f)) => Some((name, *f)),
            _ => None,
        }
    }

    fn qualified(self) -> String {
        let name = self.resolve().map_or("?", |(n, _)| n);
        format!("{}.{name}", self.module.name())
    }

    fn from_qualified(s: &str) -> Option<Self> {
        let (module, name) = s.rsplit_once('.')?;
        let module = ModuleId::from_name(module)?;
        let index = module
            .spec()
            .members
            .iter()
            .position(|(n, m)| *n == name && matches!(m, Member::Fn(_)))?;
        Some(Self {
            module,
            index: u16::try_from(index).ok()?,
        })
    }
}

impl Serialize for StdFn {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.qualified())
    }
}

impl<'de> Deserialize<'de> for StdFn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Self::from_qualified(&name).ok_or_else(|| serde::de::Error::custom(format!("unknown function {name}")))
    }
}

/// A method of a native type, by type and index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StdMethod {
    /// The type.
    pub ty: TypeId,
    /// Index among the type's methods.
    pub index: u16,
}

impl StdMethod {
    /// The method's name and code.
    pub(crate) fn resolve(self) -> Option<(&'static str, NativeMethod)> {
        let spec = super::type_spec(self.ty)?;
        spec.methods.get(usize::from(self.index)).copied()
    }

    fn qualified(self) -> String {
        let name = self.resolve().map_or("?", |(n, _)| n);
        format!("{}.{name}", self.ty.name())
    }

    fn from_qualified(s: &str) -> Option<Self> {
        let (ty, name) = s.split_once('.')?;
        let spec = TYPES.iter().find(|t| t.ty.name() == ty)?;
        let index = spec.methods.iter().position(|(n, _)| *n == name)?;
        Some(Self {
            ty: spec.ty,
            index: u16::try_from(index).ok()?,
        })
    }
}

impl Serialize for StdMethod {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.qualified())
    }
}

impl<'de> Deserialize<'de> for StdMethod {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Self::from_qualified(&name).ok_or_else(|| serde::de::Error::custom(format!("unknown method {name}")))
    }
}

/// A stdlib heap object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum StdObj {
    /// A module.
    Module(ModuleObj),
    /// A module function.
    Function(StdFn),
    /// A native method bound to its receiver.
    Method(Value, StdMethod),
    /// `functools.partial`
    Partial(Box<Partial>),
    /// An `itertools` iterator.
    Iter(Box<ItState>),
    /// `re.Pattern`
    Pattern(Box<PatternObj>),
    /// `re.Match`
    Match(Box<MatchObj>),
    /// `random.Random`
    Random(Box<RandomState>),
    /// A `collections` container.
    Coll(Coll),
    /// `operator.itemgetter` / `attrgetter` / `methodcaller`
    Getter(Box<Getter>),
    /// A function decorated with `contextlib.contextmanager`: the generator function.
    CmFactory(Value),
    /// What calling a `CmFactory` returns: the generator.
    GenCm(Value),
    /// `contextlib.suppress(*exceptions)`
    Suppress(Vec<Value>),
    /// `contextlib.nullcontext(enter_result)`
    NullCtx(Value),
    /// The future of a host call the embedder runs asynchronously.
    HostFuture(Box<super::asyncio_host::HostFuture>),
    /// Awaiting a host future: the future, and whether it was yielded to the task yet.
    HostAwait(HeapId, bool),
}

impl StdObj {
    /// `type(obj)`
    #[must_use]
    pub fn type_id(&self) -> TypeId {
        match self {
            Self::Module(_) => TypeId::Module,
            Self::Function(_) | Self::Method(..) => TypeId::BuiltinFunction,
            Self::Partial(_) => TypeId::Partial,
            Self::Iter(_) => TypeId::StdIter,
            Self::Pattern(_) => TypeId::RePattern,
            Self::Match(_) => TypeId::ReMatch,
            Self::Random(_) => TypeId::Random,
            Self::Coll(c) => c.kind.type_id(),
            Self::Getter(g) => g.type_id(),
            Self::CmFactory(_) => TypeId::Function,
            Self::GenCm(_) => TypeId::GeneratorContextManager,
            Self::Suppress(_) => TypeId::Suppress,
            Self::NullCtx(_) => TypeId::NullContext,
            Self::HostFuture(_) => TypeId::HostFuture,
            Self::HostAwait(..) => TypeId::HostFutureIter,
        }
    }

    /// Approximate size beyond the object header, for the memory budget.
    #[must_use]
    pub fn byte_size(&self) -> usize {
        let v = std::mem::size_of::<Value>();
        match self {
            Self::Module(_) | Self::Function(_) | Self::Method(..) => 0,
            Self::Partial(p) => (p.args.len() + 2 * p.kw.len() + 1) * v,
            Self::Iter(it) => it.byte_size(),
            Self::Pattern(p) => p.source.len() * 8,
            Self::Match(m) => m.spans.len() * 16,
            Self::Random(_) => 624 * 4,
            Self::Coll(_) => 0,
            Self::Getter(g) => (g.args.len() + 2 * g.kw.len()) * v,
            Self::CmFactory(_) | Self::GenCm(_) | Self::NullCtx(_) => v,
            Self::Suppress(c) => c.len() * v,
            Self::HostFuture(_) | Self::HostAwait(..) => 2 * v,
        }
    }

    /// Every value this object holds (for the collector).
    pub fn for_each_value(&self, mut f: impl FnMut(Value)) {
        match self {
            Self::Module(m) => f(m.attrs),
            Self::Function(_) => {}
            Self::Method(r, _) => f(*r),
            Self::Partial(p) => {
                f(p.func);
                p.args.iter().for_each(|&x| f(x));
                p.kw.iter().for_each(|&(k, x)| {
                    f(k);
                    f(x);
                });
            }
            Self::Iter(it) => it.for_each_value(&mut f),
            Self::Pattern(_) | Self::Random(_) => {}
            Self::Coll(c) => {
                f(c.inner);
                f(c.extra);
            }
            Self::Getter(g) => {
                g.args.iter().for_each(|&x| f(x));
                g.kw.iter().for_each(|&(k, x)| {
                    f(k);
                    f(x);
                });
            }
            Self::Match(m) => {
                f(m.string);
                f(m.re);
            }
            Self::CmFactory(x) | Self::GenCm(x) | Self::NullCtx(x) => f(*x),
            Self::Suppress(c) => c.iter().for_each(|&x| f(x)),
            Self::HostFuture(h) => h.for_each_value(&mut f),
            Self::HostAwait(fut, _) => f(Value::Ref(*fut)),
        }
    }

    /// Whether calling it can succeed.
    #[must_use]
    pub fn is_callable(&self) -> bool {
        matches!(
            self,
            Self::Function(_) | Self::Method(..) | Self::Partial(_) | Self::Getter(_) | Self::CmFactory(_)
        )
    }

    /// Whether it is an iterator.
    #[must_use]
    pub fn is_iterator(&self) -> bool {
        matches!(self, Self::Iter(_) | Self::HostAwait(..))
    }
}

/// Data attributes of stdlib objects.
pub(crate) fn data_attr(vm: &mut Vm<'_, '_>, id: HeapId, name: &str) -> RunResult<Option<Value>> {
    let Obj::Std(s) = vm.heap.get(id) else {
        return Ok(None);
    };
    if matches!(s, StdObj::Pattern(_) | StdObj::Match(_)) {
        return super::re::data_attr(vm, id, name);
    }
    Ok(Some(match (s, name) {
        (StdObj::Function(f), "__name__" | "__qualname__") => {
            let n = f.resolve().map_or("?", |(n, _)| n);
            vm.new_str(n)?
        }
        (StdObj::Function(f), "__module__") => {
            let m = f.module.name();
            vm.new_str(m)?
        }
        (StdObj::Method(_, m), "__name__") => {
            let n = m.resolve().map_or("?", |(n, _)| n);
            vm.new_str(n)?
        }
        (StdObj::CmFactory(f), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
            let f = *f;
            return vm.load_attr(f, name).map(Some);
        }
        (StdObj::CmFactory(f), "__wrapped__") => *f,
        (StdObj::Partial(p), "func") => p.func,
        (StdObj::Partial(p), "args") => {
            let a = p.args.clone();
            vm.heap.alloc_tuple(a)?
        }
        (StdObj::Partial(p), "keywords") => {
            let kw = p.kw.clone();
            let d = vm.build_map(&[])?;
            for (k, v) in kw {
                vm.dict_set(d, k, v)?;
            }
            d
        }
        _ => return Ok(None),
    }))
}

/// `repr()` of stdlib objects.
pub(crate) fn repr(vm: &mut Vm<'_, '_>, id: HeapId) -> RunResult<String> {
    let addr = 0x7f00_0000_0000u64 + u64::from(id) * 16;
    if let Some(r) = super::re::repr(vm, id)? {
        return Ok(r);
    }
    let Obj::Std(s) = vm.heap.get(id) else {
        return Ok(String::new());
    };
    Ok(match s {
        StdObj::Module(m) => format!("<module '{}' (built-in)>", m.id.name()),
        StdObj::Function(f) => {
            format!("<built-in function {}>", f.resolve().map_or("?", |(n, _)| n))
        }
        StdObj::Method(r, m) => {
            let r = *r;
            let n = m.resolve().map_or("?", |(n, _)| n);
            format!("<built-in method {n} of {} object at 0x{addr:012x}>", vm.type_name(r))
        }
        StdObj::Partial(p) => {
            let p = (**p).clone();
            let mut out = String::from("functools.partial(");
            out.push_str(&vm.repr(p.func)?);
            for a in p.args {
                out.push_str(", ");
                out.push_str(&vm.repr(a)?);
            }
            for (k, v) in p.kw {
                out.push_str(", ");
                out.push_str(&vm.str(k)?);
                out.push('=');
                out.push_str(&vm.repr(v)?);
            }
            out.push(')');
            out
        }
        StdObj::Iter(it) => format!("<itertools.{} object at 0x{addr:012x}>", it.name()),
        StdObj::Pattern(_) | StdObj::Match(_) => String::new(),
        StdObj::Random(_) => format!("<random.Random object at 0x{addr:012x}>"),
        StdObj::Coll(_) => super::collections::repr(vm, id)?,
        StdObj::Getter(g) => {
            let g = (**g).clone();
            super::operator::repr(vm, &g)?
        }
        StdObj::CmFactory(f) => {
            let f = *f;
            vm.repr(f)?
        }
        StdObj::GenCm(_) => format!("<contextlib._GeneratorContextManager object at 0x{addr:012x}>"),
        StdObj::Suppress(_) => format!("<contextlib.suppress object at 0x{addr:012x}>"),
        StdObj::NullCtx(_) => format!("<contextlib.nullcontext object at 0x{addr:012x}>"),
        StdObj::HostFuture(f) => {
            let state = match f.state {
                super::asyncio_host::HostFutureState::Pending => "pending",
                _ => "finished",
            };
            format!("<HostFuture call_id={} {state}>", f.call_id)
        }
        StdObj::HostAwait(..) => format!("<HostFutureIter object at 0x{addr:012x}>"),
    })
}
