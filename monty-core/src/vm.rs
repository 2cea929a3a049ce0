//! The virtual machine: frames on its own stack, a heap, and the run loop.
//!
//! Python-to-Python calls push a [`Frame`] and continue the same loop: no Rust
//! recursion per Python call. Native code that must call back into Python
//! (a `key=` function, `map`) runs a nested loop, bounded by
//! [`MAX_NATIVE_DEPTH`].

// `RunError` has drop glue (the pause variant holds a host call), so an eager
// `ok_or(RunError::Internal(..))` builds and drops an error on every success:
// measured at 8% of a call-heavy run. The VM's hot paths use `ok_or_else`.
#![allow(clippy::unnecessary_lazy_evaluations)]

pub(crate) mod frame;

mod attr;
mod bigmath;
mod binary;
mod build;
mod bytearray;
mod call;
mod class;
mod compare;
mod complex;
mod complex_format;
mod convert;
mod coro;
mod dunder;
mod format;
pub(crate) mod generator;
mod hash;
mod iter;
mod match_;
mod repr;
mod run_loop;
mod subscript;
mod type_expr;
mod unwind;
mod with;
mod work;

pub(crate) use binary::Num as NumPub;
pub(crate) use format::{ascii_escape as ascii_escape_pub, format_with_spec};

use crate::bytecode::{Const, Program};
use crate::error::LimitError;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::io::{PrintWriter, Stream};
use crate::limits::{CHECK_PERIOD, ResourceTracker};
use crate::object::heap::{ExceptionObj, Heap, Obj};
use crate::object::value::Value;
use frame::Frame;

/// Deepest nesting of native code calling back into Python.
pub(crate) const MAX_NATIVE_DEPTH: usize = 64;

/// How a (nested) run loop ended.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Exit {
    Return(Value),
    Yield(Value),
}

/// Everything a paused run needs to continue: plain data, serializable.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct VmState {
    pub(crate) heap: Heap,
    pub(crate) globals: Vec<Value>,
    pub(crate) consts: Vec<Vec<Value>>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) stack: Vec<Value>,
    pub(crate) exc_stack: Vec<Value>,
    /// Stdlib modules imported so far (by name).
    #[serde(default)]
    pub(crate) modules: Vec<(crate::stdlib::ModuleId, Value)>,
    pub(crate) host_calls: u64,
    pub(crate) output_bytes: usize,
}

/// The interpreter state for one run.
pub(crate) struct Vm<'a, 'w> {
    pub(crate) program: &'a Program,
    pub(crate) heap: Heap,
    pub(crate) globals: Vec<Value>,
    /// Constants of each code object, materialized once.
    pub(crate) consts: Vec<Vec<Value>>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) stack: Vec<Value>,
    /// Exceptions currently being handled (innermost last), across frames.
    pub(crate) exc_stack: Vec<Value>,
    /// Stdlib modules imported so far, each created once per run.
    pub(crate) modules: Vec<(crate::stdlib::ModuleId, Value)>,
    tracker: &'a mut dyn ResourceTracker,
    print: &'a mut PrintWriter<'w>,
    /// Synchronous host handler; without one, host calls pause the run.
    pub(crate) host: Option<&'a mut dyn crate::host::HostFunctions>,
    /// A run started with a host may still pause when every task waits on host
    /// futures and the host declines to wait (`MontyRun::start_with_host`).
    pub(crate) host_may_pause: bool,
    /// Host calls made so far in this run.
    pub(crate) host_calls: u64,
    ticks: u32,
    output_bytes: usize,
    native_depth: usize,
    recursion_limit: usize,
    /// Emptied locals vectors of returned frames, reused by calls to save an allocation each.
    pub(crate) locals_pool: Vec<Vec<Value>>,
    /// The builtin each global slot names, filled on first use when the global is unbound
    /// (empty until a builtin is first looked up). Builtins never change, so it never goes stale.
    pub(crate) builtin_cache: Vec<Value>,
    /// Where the run was (code, line per frame, outermost first) when a limit ended it.
    pub(crate) limit_traceback: Vec<(u32, u32)>,
}

impl<'a, 'w> Vm<'a, 'w> {
    pub(crate) fn new(
        program: &'a Program,
        tracker: &'a mut dyn ResourceTracker,
        print: &'a mut PrintWriter<'w>,
    ) -> RunResult<Self> {
        let heap = Heap::new(tracker.memory_limit());
        let recursion_limit = tracker.recursion_limit().unwrap_or(usize::MAX);
        let mut vm = Self {
            program,
            heap,
            globals: vec![Value::Undef; program.global_names.len()],
            consts: Vec::with_capacity(program.codes.len()),
            frames: Vec::new(),
            stack: Vec::with_capacity(256),
            exc_stack: Vec::new(),
            modules: Vec::new(),
            tracker,
            print,
            host: None,
            host_may_pause: false,
            host_calls: 0,
            ticks: 0,
            output_bytes: 0,
            native_depth: 0,
            recursion_limit,
            locals_pool: Vec::new(),
            builtin_cache: Vec::new(),
            limit_traceback: Vec::new(),
        };
        vm.load_new_code()?;
        Ok(vm)
    }

    /// Make room for what the program gained since this state was saved (a session's
    /// next snippet): globals for its new names, constants of its new code objects.
    pub(crate) fn load_new_code(&mut self) -> RunResult<()> {
        let program = self.program;
        if self.globals.len() < program.global_names.len() {
            self.globals.resize(program.global_names.len(), Value::Undef);
        }
        for code in program.codes.iter().skip(self.consts.len()) {
            let mut values = Vec::with_capacity(code.consts.len());
            for c in &code.consts {
                values.push(self.const_value(c)?);
            }
            self.consts.push(values);
        }
        Ok(())
    }

    /// Drop whatever an interrupted body left on the stacks (a session keeps its
    /// globals and heap after an error, as CPython's REPL does).
    pub(crate) fn reset_stacks(&mut self) {
        self.frames.clear();
        self.stack.clear();
        self.exc_stack.clear();
    }

    fn const_value(&mut self, c: &Const) -> RunResult<Value> {
        Ok(match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => self.heap.alloc(Obj::BigInt(b.clone()))?,
            Const::Float(f) => Value::Float(*f),
            Const::Str(s) => self.heap.alloc_str(s.clone())?,
            Const::Bytes(b) => self.heap.alloc(Obj::Bytes(b.clone()))?,
            Const::Tuple(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.const_value(item)?);
                }
                self.heap.alloc_tuple(values)?
            }
            Const::Ellipsis => Value::Ellipsis,
            Const::ExcType(e) => Value::ExcType(*e),
            Const::Complex(re, im) => self
                .heap
                .alloc(Obj::Complex(crate::object::complex::Complex::new(*re, *im)))?,
        })
    }

    /// Stop being a VM: keep only the state, for a snapshot.
    pub(crate) fn into_state(self) -> VmState {
        VmState {
            heap: self.heap,
            globals: self.globals,
            consts: self.consts,
            frames: self.frames,
            stack: self.stack,
            exc_stack: self.exc_stack,
            modules: self.modules,
            host_calls: self.host_calls,
            output_bytes: self.output_bytes,
        }
    }

    /// Rebuild a VM around saved state. Limits are the caller's, never the state's.
    pub(crate) fn from_state(
        program: &'a Program,
        state: VmState,
        tracker: &'a mut dyn ResourceTracker,
        print: &'a mut PrintWriter<'w>,
    ) -> Self {
        let mut heap = state.heap;
        heap.set_limit(tracker.memory_limit());
        let recursion_limit = tracker.recursion_limit().unwrap_or(usize::MAX);
        Self {
            program,
            heap,
            globals: state.globals,
            consts: state.consts,
            frames: state.frames,
            stack: state.stack,
            exc_stack: state.exc_stack,
            modules: state.modules,
            tracker,
            print,
            host: None,
            host_may_pause: false,
            host_calls: state.host_calls,
            ticks: 0,
            output_bytes: state.output_bytes,
            native_depth: 0,
            recursion_limit,
            locals_pool: Vec::new(),
            builtin_cache: Vec::new(),
            limit_traceback: Vec::new(),
        }
    }

    /// Continue the run after a pause: the host call's result (or exception) completes the call.
    pub(crate) fn resume(&mut self, result: RunResult<Value>) -> RunResult<Value> {
        match result {
            Ok(v) => self.stack.push(v),
            Err(e) => self.unwind(e, 0)?,
        }
        match self.run_until(0)? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// How many native callbacks deep the VM is (0 in the main loop).
    pub(crate) fn native_depth(&self) -> usize {
        self.native_depth
    }

    /// Count one host call.
    pub(crate) fn count_host_call(&mut self) -> RunResult<()> {
        self.host_calls = self.host_calls.saturating_add(1);
        match self.tracker.host_call_limit() {
            Some(limit) if self.host_calls > limit => Err(RunError::Limit(LimitError::HostCalls { limit })),
            _ => Ok(()),
        }
    }

    /// Remember where the run is, the first time a limit stops it (frames are dropped
    /// while the error travels out, so this is the only chance to see them).
    pub(crate) fn note_limit_position(&mut self) {
        if !self.limit_traceback.is_empty() {
            return;
        }
        let program = self.program;
        self.limit_traceback = self
            .frames
            .iter()
            .map(|f| {
                let line = program
                    .codes
                    .get(f.code as usize)
                    .and_then(|c| c.lines.get(f.ip.saturating_sub(1) as usize))
                    .copied()
                    .unwrap_or(0);
                (f.code, line)
            })
            .collect();
    }

    /// Run the module body to completion.
    pub(crate) fn run_module(&mut self) -> RunResult<Value> {
        self.run_body(0)
    }

    /// Run top-level body `code` (a script's, or a session snippet's) to its end.
    pub(crate) fn run_body(&mut self, code: u32) -> RunResult<Value> {
        let nlocals = self.program.codes.get(code as usize).map_or(0, |c| c.nlocals());
        self.frames.push(Frame {
            code,
            ip: 0,
            locals: vec![Value::Undef; nlocals],
            cells: Vec::new(),
            stack_base: 0,
            exc_base: 0,
            generator: None,
            resume: None,
            saved_stack: Vec::new(),
            boundary: true,
            init_self: None,
            saved_exc: Vec::new(),
        });
        match self.run_until(0)? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Count a unit of progress; every `CHECK_PERIOD` ticks, ask the tracker and maybe collect garbage.
    #[inline]
    pub(crate) fn tick(&mut self) -> RunResult<()> {
        self.ticks += 1;
        if self.ticks >= CHECK_PERIOD {
            self.tracker.check_progress(u64::from(self.ticks))?;
            self.ticks = 0;
        }
        Ok(())
    }

    /// Charge native work proportional to `units` (big loops inside one operation).
    pub(crate) fn tick_many(&mut self, units: usize) -> RunResult<()> {
        let units = u32::try_from(units).unwrap_or(u32::MAX);
        self.ticks = self.ticks.saturating_add(units);
        if self.ticks >= CHECK_PERIOD {
            self.tracker.check_progress(u64::from(self.ticks))?;
            self.ticks = 0;
        }
        Ok(())
    }

    /// Collect garbage if due. Only called where every live value is rooted.
    pub(crate) fn maybe_collect(&mut self) {
        // inside a nested loop (a dunder method, a key function) native code may
        // hold values in Rust locals that no root reaches: wait for the outer loop
        if self.native_depth == 0 && self.heap.wants_gc() {
            let mut roots: Vec<Value> = Vec::with_capacity(self.stack.len() + self.globals.len() + 64);
            roots.extend_from_slice(&self.stack);
            roots.extend_from_slice(&self.globals);
            roots.extend_from_slice(&self.exc_stack);
            roots.extend(self.modules.iter().map(|(_, m)| *m));
            for consts in &self.consts {
                roots.extend_from_slice(consts);
            }
            for f in &self.frames {
                f.for_each_value(|v| roots.push(v));
            }
            self.heap.collect(roots);
        }
    }

    /// Write program output, enforcing the output limit.
    pub(crate) fn write_output(&mut self, stream: Stream, text: &str) -> RunResult<()> {
        self.output_bytes = self.output_bytes.saturating_add(text.len());
        if let Some(limit) = self.tracker.output_limit()
            && self.output_bytes > limit
        {
            return Err(RunError::Limit(crate::error::LimitError::Output { limit }));
        }
        self.print.write(stream, text);
        Ok(())
    }

    /// Allocate a str value.
    pub(crate) fn new_str(&mut self, s: impl Into<String>) -> RunResult<Value> {
        self.heap.alloc_str(s)
    }

    /// Turn a `RunError` that carries a Python exception into an exception object.
    pub(crate) fn materialize(&mut self, err: RunError) -> Result<Value, RunError> {
        match err {
            RunError::New(ty, msg) => {
                let args = if msg.is_empty() && ty != ExcType::KeyError {
                    Vec::new()
                } else {
                    vec![self.new_str(msg)?]
                };
                self.new_exception(ty, args)
            }
            RunError::NewArgs(ty, args) => self.new_exception(ty, args),
            RunError::Raise(v) => Ok(v),
            other => Err(other),
        }
    }

    pub(crate) fn new_exception(&mut self, ty: ExcType, args: Vec<Value>) -> RunResult<Value> {
        self.heap.alloc(Obj::Exception(ExceptionObj {
            ty,
            args,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            traceback: Vec::new(),
            class: None,
            dict: None,
        }))
    }

    /// The current top frame. The run loop guarantees one exists while it runs.
    pub(crate) fn frame(&self) -> RunResult<&Frame> {
        self.frames.last().ok_or_else(|| RunError::Internal("no frame"))
    }

    pub(crate) fn pop(&mut self) -> RunResult<Value> {
        self.stack
            .pop()
            .ok_or_else(|| RunError::Internal("operand stack underflow"))
    }

    pub(crate) fn top(&self) -> RunResult<Value> {
        self.stack
            .last()
            .copied()
            .ok_or_else(|| RunError::Internal("operand stack underflow"))
    }

    /// Pop `n` values, in push order.
    pub(crate) fn pop_n(&mut self, n: usize) -> RunResult<Vec<Value>> {
        let len = self.stack.len();
        if n > len {
            return Err(RunError::Internal("operand stack underflow"));
        }
        Ok(self.stack.split_off(len - n))
    }

    pub(crate) fn str_of(&self, v: Value) -> Option<&str> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// `type(v).__name__`
    pub(crate) fn type_name(&self, v: Value) -> &str {
        crate::object::types::type_of(&self.heap, v).name_in(&self.heap)
    }

    pub(crate) fn check_recursion(&self) -> RunResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(exc(ExcType::RecursionError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }
}
