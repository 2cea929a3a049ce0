//! `MontyRun`: compile once, run many times.

use std::sync::Arc;

use crate::boundary::MontyObject;
use crate::bytecode::Program;
use crate::error::{LimitError, MontyError, PythonException, StackFrame};
use crate::exceptions::RunError;
use crate::host::{HostError, HostFunctions, NoHost};
use crate::io::PrintWriter;
use crate::limits::ResourceTracker;
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::{Vm, VmState};

/// How [`MontyRun::compile`] and [`MontySession::with_options`](crate::MontySession::with_options)
/// compile a program.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompileOptions {
    /// The file name tracebacks show (`main.py`).
    pub script_name: String,
    /// Global names whose values each run is given.
    pub input_names: Vec<String>,
    /// Host functions the program may call.
    pub external_function_names: Vec<String>,
    /// The modules the program may import, when the embedder restricts them: a
    /// listed package covers its submodules (`urllib` covers `urllib.parse`).
    /// Any other import raises `ModuleNotFoundError: No module named 'x'`, as if
    /// the module did not exist. `None`: every module Monty provides. It never
    /// makes anything importable that Monty does not provide.
    pub allowed_imports: Option<Vec<String>>,
}

/// A compiled program, ready to run. Cheap to clone.
#[derive(Debug, Clone)]
pub struct MontyRun {
    program: Arc<Program>,
}

impl MontyRun {
    /// Parse, check and compile `code`.
    ///
    /// `input_names` are global names whose values are given to each run;
    /// `external_function_names` are host functions the program may call.
    ///
    /// # Errors
    /// A [`MontyError::Syntax`] when the source does not compile.
    pub fn new(
        code: &str,
        script_name: &str,
        input_names: Vec<String>,
        external_function_names: Vec<String>,
    ) -> Result<Self, MontyError> {
        Self::compile(
            code,
            &CompileOptions {
                script_name: script_name.to_owned(),
                input_names,
                external_function_names,
                allowed_imports: None,
            },
        )
    }

    /// [`MontyRun::new`] with every option, including the import allow-list.
    ///
    /// # Errors
    /// A [`MontyError::Syntax`] when the source does not compile.
    pub fn compile(code: &str, options: &CompileOptions) -> Result<Self, MontyError> {
        let program = crate::compile::compile_program(
            code,
            &options.script_name,
            &options.input_names,
            &options.external_function_names,
            options.allowed_imports.clone(),
        )
        .map_err(MontyError::Syntax)?;
        Ok(Self {
            program: Arc::new(program),
        })
    }

    /// Run to completion. The result is the value of a trailing expression statement, else `None`.
    /// Host functions are unavailable: calling one raises `NotImplementedError` (see
    /// [`MontyRun::run_with_host`] and [`MontyRun::start`]).
    ///
    /// # Errors
    /// An uncaught Python exception, a resource limit, or a wrong number of inputs.
    pub fn run<T: ResourceTracker>(
        &self,
        inputs: Vec<MontyObject>,
        tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<MontyObject, MontyError> {
        self.run_with_host(inputs, tracker, print, &mut NoHost)
    }

    /// Run to completion, answering host-function calls synchronously through `host`.
    ///
    /// # Errors
    /// An uncaught Python exception, a resource limit, or a wrong number of inputs.
    pub fn run_with_host<T: ResourceTracker>(
        &self,
        inputs: Vec<MontyObject>,
        mut tracker: T,
        print: &mut PrintWriter<'_>,
        host: &mut dyn HostFunctions,
    ) -> Result<MontyObject, MontyError> {
        let mut vm = self.prepare(inputs, &mut tracker, print)?;
        vm.host = Some(host);
        let result = vm.run_module();
        finish(&mut vm, result)
    }

    /// Run until the program completes or calls a host function; a call pauses the run
    /// and is returned as [`RunProgress::FunctionCall`], to be resumed now or later.
    ///
    /// # Errors
    /// An uncaught Python exception, a resource limit, or a wrong number of inputs.
    pub fn start<T: ResourceTracker>(
        &self,
        inputs: Vec<MontyObject>,
        mut tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<RunProgress, MontyError> {
        let mut vm = self.prepare(inputs, &mut tracker, print)?;
        let result = vm.run_module();
        progress(&self.program, vm, result)
    }

    /// [`MontyRun::start`] with an in-process host: sync host functions are
    /// answered in place (even inside a builtin's callback), async ones are
    /// started through [`HostFunctions::start`] and give the program a future
    /// at once. The run pauses only when every asyncio task waits on host
    /// futures and [`HostFunctions::wait`] declines ([`RunProgress::ResolveFutures`]):
    /// an async embedder awaits its futures there and continues with
    /// [`PendingFutures::resume_with_host`](crate::PendingFutures::resume_with_host).
    ///
    /// # Errors
    /// An uncaught Python exception, a resource limit, or a wrong number of inputs.
    pub fn start_with_host<T: ResourceTracker>(
        &self,
        inputs: Vec<MontyObject>,
        mut tracker: T,
        print: &mut PrintWriter<'_>,
        host: &mut dyn HostFunctions,
    ) -> Result<RunProgress, MontyError> {
        let mut vm = self.prepare(inputs, &mut tracker, print)?;
        vm.host = Some(host);
        vm.host_may_pause = true;
        let result = vm.run_module();
        vm.host = None;
        progress(&self.program, vm, result)
    }

    /// The compiled program as bytes, so parsing is paid once.
    #[must_use]
    pub fn dump(&self) -> Vec<u8> {
        crate::snapshot::encode(crate::snapshot::Kind::Program, &*self.program)
    }

    /// Load a program written by [`MontyRun::dump`].
    ///
    /// # Errors
    /// [`MontyError::Snapshot`] when the bytes are not a valid program of this version.
    pub fn load(bytes: &[u8]) -> Result<Self, MontyError> {
        let program: Program = crate::snapshot::decode(crate::snapshot::Kind::Program, bytes)?;
        crate::snapshot::validate_program(&program)?;
        Ok(Self {
            program: Arc::new(program),
        })
    }

    /// [`MontyRun::dump`], signed with HMAC-SHA256 under the host's `key`.
    #[must_use]
    pub fn dump_signed(&self, key: &[u8]) -> Vec<u8> {
        crate::snapshot::sign(self.dump(), key)
    }

    /// Load a program written by [`MontyRun::dump_signed`] with the same `key`.
    ///
    /// # Errors
    /// [`MontyError::Snapshot`] when the signature does not match or the bytes are invalid.
    pub fn load_signed(bytes: &[u8], key: &[u8]) -> Result<Self, MontyError> {
        Self::load(crate::snapshot::verify(bytes, key)?)
    }

    fn prepare<'a, 'w>(
        &'a self,
        inputs: Vec<MontyObject>,
        tracker: &'a mut dyn ResourceTracker,
        print: &'a mut PrintWriter<'w>,
    ) -> Result<Vm<'a, 'w>, MontyError> {
        if inputs.len() != self.program.input_globals.len() {
            return Err(MontyError::Internal(format!(
                "expected {} input values, got {}",
                self.program.input_globals.len(),
                inputs.len()
            )));
        }
        let mut vm = Vm::new(&self.program, tracker, print).map_err(|e| MontyError::Internal(format!("{e:?}")))?;
        for (i, &g) in self.program.external_globals.iter().enumerate() {
            if let Some(slot) = vm.globals.get_mut(g as usize) {
                *slot = Value::External(u32::try_from(i).unwrap_or(u32::MAX));
            }
        }
        for (&g, input) in self.program.input_globals.iter().zip(&inputs) {
            let v = vm.import_value(input).map_err(|e| to_error(&mut vm, e))?;
            if let Some(slot) = vm.globals.get_mut(g as usize) {
                *slot = v;
            }
        }
        Ok(vm)
    }
}

/// Where a started run is.
#[derive(Debug)]
pub enum RunProgress {
    /// The program finished with this result.
    Complete(MontyObject),
    /// The program called a host function and waits for its result.
    FunctionCall(PendingCall),
    /// Every asyncio task waits on host futures (calls answered with
    /// [`PendingCall::resume_future`]): resolve some of them to continue.
    ResolveFutures(crate::futures::PendingFutures),
}

/// A run paused at a host call. Resume it with the call's result, or dump it to bytes.
#[derive(Debug, Clone)]
pub struct PendingCall {
    /// The host function's name.
    pub function_name: String,
    /// Positional arguments.
    pub args: Vec<MontyObject>,
    /// Keyword arguments.
    pub kwargs: Vec<(String, MontyObject)>,
    /// Identifies this call within the run.
    pub call_id: u64,
    program: Arc<Program>,
    state: Box<VmState>,
}

impl PendingCall {
    /// Continue with the host call's result; a [`HostError`] is raised at the call site.
    ///
    /// # Errors
    /// An uncaught Python exception or a resource limit.
    pub fn resume<T: ResourceTracker>(
        self,
        result: Result<MontyObject, HostError>,
        tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<RunProgress, MontyError> {
        self.answer(Some(result), tracker, print, None)
    }

    /// [`PendingCall::resume`], continuing with an in-process host as
    /// [`MontyRun::start_with_host`] does.
    ///
    /// # Errors
    /// An uncaught Python exception or a resource limit.
    pub fn resume_with_host<T: ResourceTracker>(
        self,
        result: Result<MontyObject, HostError>,
        tracker: T,
        print: &mut PrintWriter<'_>,
        host: &mut dyn HostFunctions,
    ) -> Result<RunProgress, MontyError> {
        self.answer(Some(result), tracker, print, Some(host))
    }

    /// [`PendingCall::resume_future`], continuing with an in-process host as
    /// [`MontyRun::start_with_host`] does (the host must resolve this call's id later).
    ///
    /// # Errors
    /// An uncaught Python exception or a resource limit.
    pub fn resume_future_with_host<T: ResourceTracker>(
        self,
        tracker: T,
        print: &mut PrintWriter<'_>,
        host: &mut dyn HostFunctions,
    ) -> Result<RunProgress, MontyError> {
        self.answer(None, tracker, print, Some(host))
    }

    /// Continue with `result`, or with a future for this call when it is `None`.
    fn answer<T: ResourceTracker>(
        self,
        result: Option<Result<MontyObject, HostError>>,
        mut tracker: T,
        print: &mut PrintWriter<'_>,
        host: Option<&mut dyn HostFunctions>,
    ) -> Result<RunProgress, MontyError> {
        let program = self.program;
        let mut vm = Vm::from_state(&program, *self.state, &mut tracker, print);
        let value = match result {
            Some(result) => vm.import_host_result(result),
            None => vm.new_host_future(self.call_id),
        };
        if let Some(host) = host {
            vm.host = Some(host);
            vm.host_may_pause = true;
        }
        let outcome = vm.resume(value);
        vm.host = None;
        progress(&program, vm, outcome)
    }

    /// Continue with the call still running on the host side (an async host
    /// function): the program gets a future for it, which it can await, gather or
    /// hand to a task. Resolve it later when the run asks with
    /// [`RunProgress::ResolveFutures`], by this call's `call_id`.
    ///
    /// # Errors
    /// An uncaught Python exception or a resource limit.
    pub fn resume_future<T: ResourceTracker>(
        self,
        tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<RunProgress, MontyError> {
        self.answer(None, tracker, print, None)
    }

    /// The whole paused run as bytes (versioned and checksummed).
    #[must_use]
    pub fn dump(&self) -> Vec<u8> {
        let saved = SavedCall {
            function_name: self.function_name.clone(),
            args: self.args.clone(),
            kwargs: self.kwargs.clone(),
            call_id: self.call_id,
            program: (*self.program).clone(),
            state: (*self.state).clone(),
        };
        crate::snapshot::encode(crate::snapshot::Kind::Paused, &saved)
    }

    /// [`PendingCall::dump`], signed with HMAC-SHA256 under the host's `key`, so that
    /// [`PendingCall::load_signed`] refuses bytes this host did not produce.
    #[must_use]
    pub fn dump_signed(&self, key: &[u8]) -> Vec<u8> {
        crate::snapshot::sign(self.dump(), key)
    }

    /// Load a paused run written by [`PendingCall::dump_signed`] with the same `key`:
    /// the signature is checked before anything is decoded.
    ///
    /// # Errors
    /// [`MontyError::Snapshot`] when the signature does not match or the bytes are invalid.
    pub fn load_signed(bytes: &[u8], key: &[u8]) -> Result<Self, MontyError> {
        Self::load(crate::snapshot::verify(bytes, key)?)
    }

    /// Load a paused run written by [`PendingCall::dump`]. Every reference is checked
    /// before the run can continue; limits come from the tracker given to `resume`.
    ///
    /// # Errors
    /// [`MontyError::Snapshot`] for truncated, corrupted, tampered or foreign bytes.
    pub fn load(bytes: &[u8]) -> Result<Self, MontyError> {
        let saved: SavedCall = crate::snapshot::decode(crate::snapshot::Kind::Paused, bytes)?;
        crate::snapshot::validate_program(&saved.program)?;
        crate::snapshot::validate_state(&saved.program, &saved.state)?;
        Ok(Self {
            function_name: saved.function_name,
            args: saved.args,
            kwargs: saved.kwargs,
            call_id: saved.call_id,
            program: Arc::new(saved.program),
            state: Box::new(saved.state),
        })
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct SavedCall {
    function_name: String,
    args: Vec<MontyObject>,
    kwargs: Vec<(String, MontyObject)>,
    call_id: u64,
    program: Program,
    state: VmState,
}

pub(crate) fn finish(vm: &mut Vm<'_, '_>, result: Result<Value, RunError>) -> Result<MontyObject, MontyError> {
    match result {
        Ok(v) => vm.export_value(v).map_err(|e| to_error(vm, e)),
        Err(e) => Err(to_error(vm, e)),
    }
}

pub(crate) fn progress(
    program: &Arc<Program>,
    mut vm: Vm<'_, '_>,
    result: Result<Value, RunError>,
) -> Result<RunProgress, MontyError> {
    match result {
        Err(RunError::Pause(req)) => {
            let (args, kwargs) = vm
                .export_call_args(&req.args, &req.kwargs)
                .map_err(|e| to_error(&mut vm, e))?;
            let function_name = program
                .external_names
                .get(req.ext as usize)
                .cloned()
                .unwrap_or_default();
            let call_id = vm.host_calls;
            Ok(RunProgress::FunctionCall(PendingCall {
                function_name,
                args,
                kwargs,
                call_id,
                program: Arc::clone(program),
                state: Box::new(vm.into_state()),
            }))
        }
        Err(RunError::AwaitHost(waiting)) => Ok(RunProgress::ResolveFutures(crate::futures::PendingFutures::new(
            program,
            waiting,
            vm.into_state(),
        ))),
        other => finish(&mut vm, other).map(RunProgress::Complete),
    }
}

/// Turn an internal error into the public error type.
fn to_error(vm: &mut Vm<'_, '_>, err: RunError) -> MontyError {
    match err {
        RunError::Limit(l) => limit_error(vm, l),
        RunError::Internal(msg) => MontyError::Internal(msg.to_owned()),
        RunError::Pause(_) => MontyError::Internal("host call outside a started run".to_owned()),
        other => match vm.materialize(other) {
            Ok(e) => MontyError::Exception(exception_info(vm, e)),
            Err(RunError::Limit(l)) => limit_error(vm, l),
            Err(e) => MontyError::Internal(format!("{e:?}")),
        },
    }
}

/// A limit error, with the traceback of where the run was when it hit.
fn limit_error(vm: &mut Vm<'_, '_>, error: LimitError) -> MontyError {
    vm.note_limit_position();
    let traceback = frames_of(vm.program, vm.limit_traceback.iter().copied());
    MontyError::Limit { error, traceback }
}

/// Traceback frames (outermost first) for `(code, line)` pairs.
fn frames_of(program: &Program, positions: impl Iterator<Item = (u32, u32)>) -> Vec<StackFrame> {
    positions
        .map(|(code, line)| {
            let function = program
                .codes
                .get(code as usize)
                .map_or_else(|| "?".to_owned(), |c| c.name.clone());
            let at = (line as usize).saturating_sub(1);
            // a frame of a stdlib module written in Python shows that module's file and source
            let (filename, source_line) = match program.lib_of_code(code) {
                Some(lib) => (
                    crate::compile::lib_filename(&lib.name),
                    crate::stdlib::lib_source(&lib.name).and_then(|(_, src)| src.lines().nth(at).map(str::to_owned)),
                ),
                None => (program.script_name.clone(), program.source_lines.get(at).cloned()),
            };
            StackFrame {
                filename,
                line,
                function,
                source_line: source_line.map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()),
            }
        })
        .collect()
}

/// Longest exception chain reported (each link is printed with its traceback).
const MAX_CHAIN: usize = 20;

fn exception_info(vm: &mut Vm<'_, '_>, e: Value) -> PythonException {
    // walk the chain from the raised exception back to the first, then nest them
    let mut links = vec![(e, false)];
    let mut seen = vec![e];
    while links.len() < MAX_CHAIN {
        let Some(&(cur, _)) = links.last() else { break };
        let next = match cur {
            Value::Ref(id) => match vm.heap.get(id) {
                Obj::Exception(x) if x.cause != Value::None => Some((x.cause, true)),
                Obj::Exception(x) if x.context != Value::None && !x.suppress_context => Some((x.context, false)),
                _ => None,
            },
            _ => None,
        };
        match next {
            Some((n, is_cause)) if !seen.contains(&n) => {
                seen.push(n);
                if let Some(last) = links.last_mut() {
                    last.1 = is_cause;
                }
                links.push((n, false));
            }
            _ => break,
        }
    }
    let mut chained: Option<Box<PythonException>> = None;
    for &(v, is_cause) in links.iter().rev() {
        let mut info = single_exception_info(vm, v);
        if let Some(prev) = chained.take() {
            info.chained = Some(prev);
            info.chained_is_cause = is_cause;
        }
        chained = Some(Box::new(info));
    }
    chained.map_or_else(|| single_exception_info(vm, e), |b| *b)
}

fn single_exception_info(vm: &mut Vm<'_, '_>, e: Value) -> PythonException {
    let (exc_type, tb) = match e {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Exception(x) => (
                x.class
                    .and_then(|c| match vm.heap.get(c) {
                        // CPython names a class of another module by module and qualname
                        Obj::Class(k) => Some(match vm.class_module(c).as_str() {
                            "__main__" | "builtins" => k.name.clone(),
                            module => format!("{module}.{}", k.qualname),
                        }),
                        _ => None,
                    })
                    .unwrap_or_else(|| x.ty.name().to_owned()),
                x.traceback.clone(),
            ),
            _ => ("BaseException".to_owned(), Vec::new()),
        },
        _ => ("BaseException".to_owned(), Vec::new()),
    };
    let message = vm.str(e).unwrap_or_default();
    let traceback = frames_of(vm.program, tb.iter().rev().copied());
    PythonException {
        exc_type,
        message,
        traceback,
        chained: None,
        chained_is_cause: false,
    }
}
