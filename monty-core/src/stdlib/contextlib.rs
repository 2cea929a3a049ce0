//! `contextlib`: `contextmanager`, `suppress`, `nullcontext`.
//!
//! A `contextmanager` object's `__enter__`/`__exit__` called by a `with`
//! statement resume its generator as a frame of the running loop (resume modes
//! [`ResumeMode::CmEnter`] and [`ResumeMode::CmExit`]), so the generator's body
//! can pause at a host call like any other code. Called from native code they
//! run it in a nested loop instead.

use super::{Member, ModuleSpec, StdMethod, StdObj, TypeSpec};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::types::TypeId;
use crate::object::value::{HeapId, Value};
use crate::vm::frame::ResumeMode;
use crate::vm::generator::{Resume, Resumed};
use crate::vm::{Exit, Vm};

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    members: &[
        ("contextmanager", Member::Fn(contextmanager)),
        ("suppress", Member::Type(TypeId::Suppress)),
        ("nullcontext", Member::Type(TypeId::NullContext)),
    ],
    all: None,
    source: None,
};

/// The object a `@contextmanager` function returns.
pub(super) static GENERATOR_CM: TypeSpec = TypeSpec {
    ty: TypeId::GeneratorContextManager,
    methods: &[("__enter__", gen_enter), ("__exit__", gen_exit)],
    construct: None,
};

/// `contextlib.suppress`
pub(super) static SUPPRESS: TypeSpec = TypeSpec {
    ty: TypeId::Suppress,
    methods: &[("__enter__", suppress_enter), ("__exit__", suppress_exit)],
    construct: Some(new_suppress),
};

/// `contextlib.nullcontext`
pub(super) static NULLCONTEXT: TypeSpec = TypeSpec {
    ty: TypeId::NullContext,
    methods: &[("__enter__", null_enter), ("__exit__", null_exit)],
    construct: Some(new_nullcontext),
};

/// `@contextmanager`: wrap a generator function.
fn contextmanager(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let func = args.one()?;
    vm.heap.alloc(Obj::Std(StdObj::CmFactory(func)))
}

/// Calling the decorated function: the generator, wrapped.
pub(super) fn call_factory(
    vm: &mut Vm<'_, '_>,
    func: Value,
    pos: Vec<Value>,
    kw: Vec<(Value, Value)>,
) -> RunResult<Value> {
    let g = vm.call_sync_kw(func, pos, kw)?;
    vm.heap.alloc(Obj::Std(StdObj::GenCm(g)))
}

fn new_suppress(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    vm.heap.alloc(Obj::Std(StdObj::Suppress(args.pos)))
}

fn new_nullcontext(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let kw = args.take_kw(vm, "enter_result");
    args.finish_kw(vm)?;
    let pos = args.range(0, 1)?;
    let v = match (pos.first(), kw) {
        (Some(_), Some(_)) => {
            return Err(exc(
                ExcType::TypeError,
                "nullcontext.__init__() got multiple values for argument 'enter_result'",
            ));
        }
        (Some(&v), None) | (None, Some(v)) => v,
        (None, None) => Value::None,
    };
    vm.heap.alloc(Obj::Std(StdObj::NullCtx(v)))
}

fn null_enter(vm: &mut Vm<'_, '_>, receiver: Value, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    match receiver {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Std(StdObj::NullCtx(v)) => Ok(*v),
            _ => Ok(Value::None),
        },
        _ => Ok(Value::None),
    }
}

fn null_exit(_vm: &mut Vm<'_, '_>, _receiver: Value, _args: Args) -> RunResult<Value> {
    Ok(Value::None)
}

fn suppress_enter(_vm: &mut Vm<'_, '_>, _receiver: Value, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    Ok(Value::None)
}

fn suppress_exit(vm: &mut Vm<'_, '_>, receiver: Value, args: Args) -> RunResult<Value> {
    let a = args.range(3, 3)?;
    let e = a[1];
    if a[0] == Value::None || e == Value::None {
        return Ok(Value::Bool(false));
    }
    let classes = match receiver {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Std(StdObj::Suppress(c)) => c.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    for c in classes {
        if vm.exception_matches(e, c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// The generator inside a contextmanager object.
fn generator_of(vm: &Vm<'_, '_>, receiver: Value) -> RunResult<HeapId> {
    let g = match receiver {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Std(StdObj::GenCm(g)) => *g,
            _ => Value::None,
        },
        _ => Value::None,
    };
    vm.as_generator(g).ok_or_else(|| {
        exc(
            ExcType::TypeError,
            format!("'{}' object is not an iterator", vm.type_name(g)),
        )
    })
}

/// The exception `__exit__(typ, val, tb)` throws into the generator (`None` on the normal path).
fn thrown(vm: &mut Vm<'_, '_>, args: &Args) -> RunResult<Value> {
    let a = args.range(3, 3)?;
    let (typ, val) = (a[0], a[1]);
    if typ == Value::None {
        return Ok(Value::None);
    }
    if val != Value::None {
        return Ok(val);
    }
    match typ {
        Value::ExcType(t) => vm.new_exception(t, Vec::new()),
        _ => vm.call_sync(typ, Vec::new()),
    }
}

fn gen_enter(vm: &mut Vm<'_, '_>, receiver: Value, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let g = generator_of(vm, receiver)?;
    match vm.generator_resume_native(g, Resume::Send(Value::None))? {
        Some(Exit::Yield(v)) => Ok(v),
        _ => Err(exc(ExcType::RuntimeError, "generator didn't yield")),
    }
}

fn gen_exit(vm: &mut Vm<'_, '_>, receiver: Value, args: Args) -> RunResult<Value> {
    let g = generator_of(vm, receiver)?;
    let e = thrown(vm, &args)?;
    if e == Value::None {
        return match vm.generator_resume_native(g, Resume::Send(Value::None))? {
            Some(Exit::Yield(_)) => Err(exc(ExcType::RuntimeError, "generator didn't stop")),
            _ => Ok(Value::Bool(false)),
        };
    }
    match vm.generator_resume_native(g, Resume::Throw(e)) {
        Ok(Some(Exit::Yield(_))) => Err(exc(ExcType::RuntimeError, "generator didn't stop after throw()")),
        Ok(_) => Ok(Value::Bool(true)),
        Err(RunError::Raise(r)) if vm.is_thrown_back(r, e) => Ok(Value::Bool(false)),
        Err(err) => Err(err),
    }
}

impl Vm<'_, '_> {
    /// `__enter__`/`__exit__` of a contextmanager object called from the run loop: the
    /// generator's frame goes on the frame stack (or the result is pushed at once).
    pub(crate) fn gen_cm_method(&mut self, receiver: Value, m: StdMethod, pos: Vec<Value>) -> RunResult<()> {
        let (name, _) = m.resolve().ok_or(RunError::Internal("bad std method"))?;
        let g = generator_of(self, receiver)?;
        let args = Args::new(name, pos, Vec::new());
        let (mode, action) = if name == "__enter__" {
            args.range(0, 0)?;
            (ResumeMode::CmEnter, Resume::Send(Value::None))
        } else {
            let e = thrown(self, &args)?;
            if e == Value::None {
                (ResumeMode::CmExit(Value::None, 0), Resume::Send(Value::None))
            } else {
                (ResumeMode::CmExit(e, self.traceback_len(e)), Resume::Throw(e))
            }
        };
        match self.resume_generator_with(g, mode, false, action)? {
            Resumed::Finished | Resumed::Running => Ok(()),
            Resumed::Raising(e) => Err(e),
        }
    }
}
