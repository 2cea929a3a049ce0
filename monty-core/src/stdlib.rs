//! The standard library: pure modules, each declared once in the table below.
//!
//! A module is a static [`ModuleSpec`] (its members: native functions,
//! constants, types) in `stdlib/<name>.rs`. Importing it materializes a
//! module object once per run; snapshots name modules, functions and methods
//! by their Python names, never by position.

mod asyncio_host;
mod base32;
mod base64;
mod base85;
mod cmath;
mod collections;
mod contextlib;
mod copy;
mod functools;
mod hashlib;
mod heapq;
mod html;
mod itertools;
mod json;
mod math;
mod monty_host;
mod objects;
mod operator;
mod py;
mod random;
mod random_seed;
mod re;
mod string;
mod struct_;
mod sys;
mod textwrap;
mod unicodedata;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::dict::Dict;
use crate::object::heap::Obj;
use crate::object::types::TypeId;
use crate::object::value::{HeapId, Value};
use crate::vm::Vm;

pub use objects::StdObj;
pub(crate) use objects::{ModuleObj, StdFn, StdMethod};

/// A native module function.
pub(crate) type NativeFn = fn(&mut Vm<'_, '_>, Args) -> RunResult<Value>;

/// A native method: receiver first.
pub(crate) type NativeMethod = fn(&mut Vm<'_, '_>, Value, Args) -> RunResult<Value>;

/// One member of a module.
pub(crate) enum Member {
    /// A function.
    Fn(NativeFn),
    /// A float constant.
    Float(f64),
    /// An int constant.
    Int(i64),
    /// A str constant.
    Str(&'static str),
    /// A type.
    Type(TypeId),
    /// An exception class.
    Exc(ExcType),
    /// A complex constant (real, imaginary).
    Complex(f64, f64),
}

/// What a module contains.
pub(crate) struct ModuleSpec {
    /// Members in definition order.
    pub(crate) members: &'static [(&'static str, Member)],
    /// `__all__`, when the module defines it (`from m import *` uses it).
    pub(crate) all: Option<&'static [&'static str]>,
    /// The Python source, for a module written in Python (`stdlib/py/`).
    pub(crate) source: Option<&'static str>,
}

macro_rules! modules {
    ($($variant:ident => $name:literal => $spec:path),* $(,)?) => {
        /// A standard library module.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum ModuleId { $($variant),* }

        impl ModuleId {
            /// Every module.
            pub const ALL: &'static [ModuleId] = &[$(ModuleId::$variant),*];

            /// The dotted Python name.
            #[must_use]
            pub fn name(self) -> &'static str {
                match self { $(Self::$variant => $name),* }
            }

            pub(crate) fn spec(self) -> &'static ModuleSpec {
                match self { $(Self::$variant => &$spec),* }
            }
        }
    };
}

modules! {
    Math => "math" => math::SPEC,
    Cmath => "cmath" => cmath::SPEC,
    Json => "json" => json::SPEC,
    StringNative => "_string" => string::SPEC,
    String => "string" => py::STRING,
    FunctoolsNative => "_functools" => functools::SPEC,
    Functools => "functools" => py::FUNCTOOLS,
    ItertoolsNative => "_itertools" => itertools::SPEC,
    Itertools => "itertools" => py::ITERTOOLS,
    CollectionsUser => "_collections_user" => py::COLLECTIONS_USER,
    TypingExtensions => "typing_extensions" => py::TYPING_EXTENSIONS,
    Numbers => "numbers" => py::NUMBERS,
    Re => "re" => re::SPEC,
    RandomNative => "_random" => random::SPEC,
    Random => "random" => py::RANDOM,
    Secrets => "secrets" => py::SECRETS,
    CollectionsNative => "_collections" => collections::SPEC,
    Collections => "collections" => py::COLLECTIONS,
    Namedtuple => "_namedtuple" => py::NAMEDTUPLE,
    Heapq => "heapq" => heapq::SPEC,
    Bisect => "bisect" => heapq::BISECT,
    Operator => "operator" => operator::SPEC,
    Copy => "copy" => copy::SPEC,
    Contextlib => "contextlib" => contextlib::SPEC,
    Dataclasses => "dataclasses" => py::DATACLASSES,
    Typing => "typing" => py::TYPING,
    Abc => "abc" => py::ABC,
    Enum => "enum" => py::ENUM,
    Base64 => "base64" => base64::SPEC,
    Binascii => "binascii" => base64::BINASCII,
    Html => "html" => html::SPEC,
    AsyncioNative => "_asyncio" => asyncio_host::SPEC,
    Asyncio => "asyncio" => py::ASYNCIO,
    MontyHost => "_monty_host" => monty_host::SPEC,
    Datetime => "datetime" => py::DATETIME,
    Datefmt => "_datefmt" => py::DATEFMT,
    Time => "time" => py::TIME,
    Os => "os" => py::OS,
    OsPath => "os.path" => py::OS_PATH,
    Pathlib => "pathlib" => py::PATHLIB,
    TextwrapNative => "_textwrap" => textwrap::SPEC,
    Textwrap => "textwrap" => py::TEXTWRAP,
    CollectionsAbc => "collections.abc" => py::COLLECTIONS_ABC,
    Urllib => "urllib" => py::PACKAGE,
    UrllibParse => "urllib.parse" => py::URLLIB_PARSE,
    Io => "io" => py::IO,
    PrivateIo => "_io" => py::PRIVATE_IO,
    Csv => "csv" => py::CSV,
    Pprint => "pprint" => py::PPRINT,
    SysNative => "_sys" => sys::SPEC,
    Sys => "sys" => py::SYS,
    Warnings => "warnings" => py::WARNINGS,
    Fractions => "fractions" => py::FRACTIONS,
    Statistics => "statistics" => py::STATISTICS,
    Decimal => "decimal" => py::DECIMAL,
    HashlibNative => "_hashlib" => hashlib::SPEC,
    Hashlib => "hashlib" => py::HASHLIB,
    Hmac => "hmac" => py::HMAC,
    StructNative => "_struct" => struct_::SPEC,
    Struct => "struct" => py::STRUCT,
    Uuid => "uuid" => py::UUID,
    Unicodedata => "unicodedata" => unicodedata::SPEC,
}

/// The Python source of library module `name`, when it is written in Python.
pub(crate) fn lib_source(name: &str) -> Option<(&'static str, &'static str)> {
    let id = ModuleId::from_name(name)?;
    Some((id.name(), id.spec().source?))
}

impl ModuleId {
    /// The module called `name`.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|m| m.name() == name)
    }

    /// Names `from m import *` binds.
    #[must_use]
    pub fn star_names(self) -> Vec<&'static str> {
        let spec = self.spec();
        match spec.all {
            Some(all) => all.to_vec(),
            None => spec
                .members
                .iter()
                .map(|(n, _)| *n)
                .filter(|n| !n.starts_with('_'))
                .collect(),
        }
    }
}

impl Serialize for ModuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for ModuleId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Self::from_name(&name).ok_or_else(|| serde::de::Error::custom(format!("unknown module {name}")))
    }
}

/// Native types: their methods and constructor.
pub(crate) struct TypeSpec {
    /// The type.
    pub(crate) ty: TypeId,
    /// Methods by name.
    pub(crate) methods: &'static [(&'static str, NativeMethod)],
    /// `T(...)`, when the type can be called.
    pub(crate) construct: Option<NativeFn>,
}

/// Every native type of the stdlib.
pub(crate) const TYPES: &[&TypeSpec] = &[
    &functools::PARTIAL,
    &itertools::ITER,
    &re::PATTERN,
    &re::MATCH,
    &random::RANDOM,
    &collections::COUNTER,
    &collections::DEFAULTDICT,
    &collections::ORDEREDDICT,
    &collections::DEQUE,
    &operator::ITEMGETTER,
    &operator::ATTRGETTER,
    &operator::METHODCALLER,
    &contextlib::GENERATOR_CM,
    &contextlib::SUPPRESS,
    &contextlib::NULLCONTEXT,
    &asyncio_host::HOST_FUTURE,
    &asyncio_host::HOST_FUTURE_ITER,
];

pub(crate) fn type_spec(ty: TypeId) -> Option<&'static TypeSpec> {
    TYPES.iter().copied().find(|t| t.ty == ty)
}

impl Vm<'_, '_> {
    /// `import name` as the instruction does it: the module object, or `None` when the
    /// body of a module written in Python was pushed as a frame, whose return leaves
    /// the module object on the stack.
    pub(crate) fn import_name(&mut self, name: &str) -> RunResult<Option<Value>> {
        let first_time = lib_source(name).is_some()
            && ModuleId::from_name(name).is_some_and(|id| !self.modules.iter().any(|(m, _)| *m == id));
        if !first_time {
            return self.import_module(name).map(Some);
        }
        let program = self.program;
        let lib = program
            .lib_named(name)
            .ok_or_else(|| exc(ExcType::ModuleNotFoundError, format!("No module named '{name}'")))?;
        let nlocals = program
            .codes
            .get(lib.body as usize)
            .map_or(0, crate::bytecode::Code::nlocals);
        self.check_recursion()?;
        // registered before the body runs, so an import cycle sees the partial module (as CPython)
        let module = self.import_module(name)?;
        self.frames.push(crate::vm::frame::Frame {
            code: lib.body,
            locals: vec![Value::Undef; nlocals],
            stack_base: self.stack.len(),
            exc_base: self.exc_stack.len(),
            init_self: Some(module),
            ..crate::vm::frame::Frame::default()
        });
        Ok(None)
    }

    /// `import name`: the module object, created once per run.
    pub(crate) fn import_module(&mut self, name: &str) -> RunResult<Value> {
        let Some(id) = ModuleId::from_name(name) else {
            // report the first missing package of a dotted name
            let mut msg = format!("No module named '{name}'");
            for (i, _) in name.match_indices('.') {
                let parent = &name[..i];
                if ModuleId::from_name(parent).is_none() {
                    msg = format!("No module named '{parent}'");
                    break;
                }
                let prefix = format!("{parent}.");
                if !ModuleId::ALL.iter().any(|m| m.name().starts_with(&prefix)) {
                    msg = format!("No module named '{name}'; '{parent}' is not a package");
                    break;
                }
            }
            return Err(exc(ExcType::ModuleNotFoundError, msg));
        };
        if let Some((_, v)) = self.modules.iter().find(|(m, _)| *m == id) {
            return Ok(*v);
        }
        let spec = id.spec();
        let mut attrs = Vec::with_capacity(spec.members.len() + 1);
        let n = self.new_str("__name__")?;
        let nv = self.new_str(name)?;
        attrs.push((n, nv));
        for (index, (mname, member)) in spec.members.iter().enumerate() {
            let v = match member {
                Member::Fn(_) => self.heap.alloc(Obj::Std(StdObj::Function(StdFn {
                    module: id,
                    index: u16::try_from(index).map_err(|_| RunError::Internal("module too large"))?,
                })))?,
                Member::Float(f) => Value::Float(*f),
                Member::Int(i) => Value::Int(*i),
                Member::Str(s) => self.new_str(*s)?,
                Member::Type(t) => Value::Type(*t),
                Member::Exc(e) => Value::ExcType(*e),
                Member::Complex(re, im) => self.new_complex(crate::object::complex::Complex::new(*re, *im))?,
            };
            let k = self.new_str(*mname)?;
            attrs.push((k, v));
        }
        let dict = self.heap.alloc(Obj::Dict(Dict::new()))?;
        let module = self
            .heap
            .alloc(Obj::Std(StdObj::Module(ModuleObj { id, attrs: dict })))?;
        for (k, v) in attrs {
            self.dict_set(dict, k, v)?;
        }
        self.modules.push((id, module));
        // `import a.b` also makes `b` an attribute of `a`
        if let Some((parent, child)) = name.rsplit_once('.') {
            let p = self.import_module(parent)?;
            let k = self.new_str(child)?;
            self.module_set(p, k, module)?;
        }
        Ok(module)
    }

    /// `from module import name`
    pub(crate) fn import_from(&mut self, module: Value, name: &str) -> RunResult<Value> {
        match self.module_get(module, name)? {
            Some(v) => Ok(v),
            None => {
                let mname = self.module_name(module).unwrap_or("?");
                // a submodule not imported yet
                let full = format!("{mname}.{name}");
                if ModuleId::from_name(&full).is_some() {
                    return self.import_module(&full);
                }
                Err(exc(
                    ExcType::ImportError,
                    format!("cannot import name '{name}' from '{mname}' (unknown location)"),
                ))
            }
        }
    }

    fn module_name(&self, module: Value) -> Option<&'static str> {
        match module {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Std(StdObj::Module(m)) => Some(m.id.name()),
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn module_set(&mut self, module: Value, k: Value, v: Value) -> RunResult<()> {
        let Value::Ref(id) = module else {
            return Err(RunError::Internal("module"));
        };
        let Obj::Std(StdObj::Module(m)) = self.heap.get(id) else {
            return Err(RunError::Internal("module"));
        };
        let attrs = m.attrs;
        self.dict_set(attrs, k, v)
    }

    /// The builtin named `name`. `open` is `_io.open`, Python source that the
    /// compiler imports before a program that reads the name `open` runs.
    pub(crate) fn lookup_builtin(&mut self, name: &str) -> RunResult<Option<Value>> {
        if let Some(b) = crate::builtins::lookup_builtin_name(name) {
            return Ok(Some(b));
        }
        if name != "open" {
            return Ok(None);
        }
        let io = ModuleId::from_name("_io").and_then(|id| self.modules.iter().find(|(m, _)| *m == id));
        match io {
            Some(&(_, module)) => self.module_get(module, "open"),
            None => Ok(None),
        }
    }

    pub(crate) fn module_get(&mut self, module: Value, name: &str) -> RunResult<Option<Value>> {
        let Value::Ref(id) = module else {
            return Ok(None);
        };
        let Obj::Std(StdObj::Module(m)) = self.heap.get(id) else {
            return Ok(None);
        };
        let attrs = m.attrs;
        let program = self.program;
        if let Some(lib) = program.lib_named(m.id.name())
            && let Some(slot) = program.lib_global(lib, name)
        {
            // a module written in Python: its globals, read live
            match self.globals.get(slot as usize) {
                Some(Value::Undef) | None => {}
                Some(&v) => return Ok(Some(v)),
            }
        }
        let k = self.new_str(name)?;
        self.dict_lookup(attrs, k)
    }

    /// Attribute access on stdlib objects (`None` when `obj` is not one).
    pub(crate) fn std_load_attr(&mut self, obj: Value, name: &str) -> RunResult<Option<Value>> {
        let Value::Ref(id) = obj else {
            return Ok(None);
        };
        let Obj::Std(s) = self.heap.get(id) else {
            return Ok(None);
        };
        if let StdObj::Module(m) = s {
            let mname = m.id.name();
            return match self.module_get(obj, name)? {
                Some(v) => Ok(Some(v)),
                None => Err(exc(
                    ExcType::AttributeError,
                    format!("module '{mname}' has no attribute '{name}'"),
                )),
            };
        }
        let ty = s.type_id();
        if let Some(v) = objects::data_attr(self, id, name)? {
            return Ok(Some(v));
        }
        if let Some(spec) = type_spec(ty)
            && let Some(index) = spec.methods.iter().position(|(n, _)| *n == name)
        {
            let index = u16::try_from(index).map_err(|_| RunError::Internal("type too large"))?;
            return self
                .heap
                .alloc(Obj::Std(StdObj::Method(obj, StdMethod { ty, index })))
                .map(Some);
        }
        collections::load_attr(self, id, name)
    }

    /// Call a stdlib callable object.
    pub(crate) fn std_call(
        &mut self,
        id: HeapId,
        pos: Vec<Value>,
        kw: Vec<(Value, Value)>,
    ) -> RunResult<Option<Value>> {
        let Obj::Std(s) = self.heap.get(id) else {
            return Ok(None);
        };
        match s {
            StdObj::Function(f) => {
                let (name, func) = f.resolve().ok_or(RunError::Internal("bad std function"))?;
                func(self, Args::new(name, pos, kw)).map(Some)
            }
            StdObj::Method(receiver, m) => {
                let receiver = *receiver;
                let (name, func) = m.resolve().ok_or(RunError::Internal("bad std method"))?;
                func(self, receiver, Args::new(name, pos, kw)).map(Some)
            }
            StdObj::Partial(_) => functools::call_partial(self, id, pos, kw).map(Some),
            StdObj::Getter(_) => operator::call(self, id, pos, &kw).map(Some),
            StdObj::CmFactory(f) => contextlib::call_factory(self, *f, pos, kw).map(Some),
            _ => Ok(None),
        }
    }

    /// Call a stdlib type: `T(...)`.
    pub(crate) fn std_construct(
        &mut self,
        t: TypeId,
        pos: Vec<Value>,
        kw: Vec<(Value, Value)>,
    ) -> Option<RunResult<Value>> {
        let f = type_spec(t)?.construct?;
        Some(f(self, Args::new(t.name(), pos, kw)))
    }

    /// `next()` of a stdlib iterator (`None` when exhausted).
    pub(crate) fn std_next(&mut self, id: HeapId) -> RunResult<Option<Value>> {
        if matches!(self.heap.get(id), Obj::Std(StdObj::HostAwait(..))) {
            // iterated directly (not awaited): a return value ends the iteration
            return Ok(self.host_await_step(Value::Ref(id))?.ok());
        }
        itertools::next(self, id)
    }

    /// The container inside a `collections` object (`None` for anything else).
    pub(crate) fn std_inner(&self, v: Value) -> Option<Value> {
        collections::inner_of(self, v)
    }

    /// Binary operators of stdlib objects (`Counter + Counter`).
    pub(crate) fn std_binary(&mut self, op: crate::bytecode::BinOp, a: Value, b: Value) -> RunResult<Option<Value>> {
        if self.std_inner(a).is_none() && self.std_inner(b).is_none() {
            return Ok(None);
        }
        collections::binary(self, op, a, b)
    }

    /// `obj[index]` for stdlib objects (`None` when `obj` is not one).
    pub(crate) fn std_getitem(&mut self, obj: Value, index: Value) -> RunResult<Option<Value>> {
        if let Value::Ref(id) = obj
            && let Obj::Std(StdObj::Coll(c)) = self.heap.get(id)
        {
            let c = c.clone();
            if matches!(self.heap.get(c.inner.heap_id().unwrap_or(0)), Obj::Dict(_)) {
                if let Some(v) = self.dict_lookup(c.inner, index)? {
                    return Ok(Some(v));
                }
                if let Some(v) = collections::missing(self, &c, index)? {
                    return Ok(Some(v));
                }
            }
            return self.getitem(c.inner, index).map(Some);
        }
        match obj {
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Std(StdObj::Match(_))) => {
                re::getitem(self, obj, index).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// Whether `v` can be called (`callable(v)`).
    pub(crate) fn is_callable_value(&mut self, v: Value) -> bool {
        let args = Args::new("callable", vec![v], Vec::new());
        matches!(
            crate::builtins::call_builtin(self, crate::builtins::BuiltinId::Callable, args.pos, args.kw),
            Ok(Value::Bool(true))
        )
    }

    /// `repr()` of a stdlib object.
    pub(crate) fn std_repr(&mut self, id: HeapId) -> RunResult<String> {
        objects::repr(self, id)
    }
}

/// A float argument (int, bool or float), or CPython's `must be real number` TypeError.
pub(crate) fn real_arg(vm: &mut Vm<'_, '_>, v: Value) -> RunResult<f64> {
    if vm.is_user(v) && (vm.user_method(v, "__float__").is_some() || vm.user_method(v, "__index__").is_some()) {
        // CPython's PyFloat_AsDouble: `__float__`, else `__index__`
        if let Value::Float(f) = vm.user_number(v, true)? {
            return Ok(f);
        }
    }
    match vm.num(v) {
        Some(n) => n
            .to_f64()
            .ok_or_else(|| exc(ExcType::OverflowError, "int too large to convert to float")),
        None => Err(exc(
            ExcType::TypeError,
            format!("must be real number, not {}", vm.type_name(v)),
        )),
    }
}
