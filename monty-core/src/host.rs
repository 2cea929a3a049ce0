//! SECURITY: the only place execution leaves the sandbox.
//!
//! A program reaches the host solely by calling a name the embedder declared
//! as an external function (`Value::External`). Arguments are exported as
//! owned [`MontyObject`]s, so the host never sees heap ids; the host's answer
//! is imported back, and a host error becomes a Python exception here and
//! nowhere else.

use crate::boundary::MontyObject;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::value::Value;
use crate::vm::Vm;

/// An error a host function reports; it is raised in the program as the named
/// built-in exception type (unknown names become `RuntimeError`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct HostError {
    /// A built-in exception type name, e.g. `ValueError`.
    pub exc_type: String,
    /// The exception message.
    pub message: String,
}

impl HostError {
    /// An error raised in the program as `exc_type(message)`.
    #[must_use]
    pub fn new(exc_type: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            exc_type: exc_type.into(),
            message: message.into(),
        }
    }
}

/// Host functions answered in-process, during `run_with_host` (or a run
/// started with [`MontyRun::start_with_host`](crate::MontyRun::start_with_host)).
///
/// Sync functions answer through [`call`](Self::call). An async function
/// ([`is_async`](Self::is_async)) is started with [`start`](Self::start): the
/// program gets a future at once (no pause is needed, so it works inside a
/// builtin's callback too) and awaits it; when every asyncio task waits on the
/// host, [`wait`](Self::wait) resolves some of the started calls, or declines
/// so that the run pauses with `RunProgress::ResolveFutures` (an async embedder
/// awaits its futures there).
pub trait HostFunctions {
    /// Call the host function `name`. Keyword argument names are plain strings.
    ///
    /// # Errors
    /// A [`HostError`], raised in the program as a Python exception.
    fn call(
        &mut self,
        name: &str,
        args: Vec<MontyObject>,
        kwargs: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError>;

    /// Whether `name` is async: a call starts it ([`start`](Self::start)) and
    /// the program gets a future to await. No function is, by default.
    fn is_async(&self, name: &str) -> bool {
        let _ = name;
        false
    }

    /// Start async call `call_id` of `name`; its result is given later by
    /// [`wait`](Self::wait) (or by resuming a paused run with it).
    ///
    /// # Errors
    /// An error raised at the call site (a binding `TypeError`, say).
    fn start(
        &mut self,
        name: &str,
        args: Vec<MontyObject>,
        kwargs: Vec<(String, MontyObject)>,
        call_id: u64,
    ) -> Result<(), HostError> {
        let _ = (args, kwargs, call_id);
        Err(HostError::new(
            "RuntimeError",
            format!("host function '{name}' cannot be started asynchronously"),
        ))
    }

    /// Every asyncio task waits on the started calls `call_ids`: block until
    /// at least one is complete and return the completed ones, or return
    /// `None` to pause the run instead (only possible outside a builtin's callback).
    fn wait(&mut self, call_ids: &[u64]) -> Option<Vec<(u64, Result<MontyObject, HostError>)>> {
        let _ = call_ids;
        None
    }
}

/// A handler that answers every call with `NotImplementedError`: what `run` uses.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoHost;

impl HostFunctions for NoHost {
    fn call(
        &mut self,
        name: &str,
        _: Vec<MontyObject>,
        _: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError> {
        Err(HostError::new(
            "NotImplementedError",
            format!("host function '{name}' has no implementation in this run; use run_with_host or start"),
        ))
    }
}

/// Positional and keyword arguments of a host call, as the host sees them.
pub(crate) type ExportedArgs = (Vec<MontyObject>, Vec<(String, MontyObject)>);

/// A host call the program is waiting on, with its arguments still on the heap.
#[derive(Debug, Clone)]
pub struct HostCallRequest {
    pub(crate) ext: u32,
    pub(crate) args: Vec<Value>,
    pub(crate) kwargs: Vec<(Value, Value)>,
}

impl Vm<'_, '_> {
    /// Call external function `ext`: synchronously through the handler if there is one,
    /// else by pausing the run. A pause resumes by pushing the host's answer as the
    /// result of the instruction that paused, so it is only possible for a call that
    /// instruction makes itself: not from native code (`from_native`: `map`, a `key=`
    /// function, a builtin consuming an iterator), even at native depth 0.
    pub(crate) fn call_external(
        &mut self,
        ext: u32,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
        from_native: bool,
    ) -> RunResult<Value> {
        self.count_host_call()?;
        let name = self
            .program
            .external_names
            .get(ext as usize)
            .cloned()
            .unwrap_or_default();
        if self.host.is_none() {
            if from_native || self.native_depth() > 0 {
                return Err(exc(
                    ExcType::RuntimeError,
                    format!(
                        "host function '{name}' cannot pause inside a builtin callback (a key= function, map or filter); call it from plain code"
                    ),
                ));
            }
            return Err(RunError::Pause(HostCallRequest { ext, args, kwargs }));
        }
        let (args, kwargs) = self.export_call_args(&args, &kwargs)?;
        let call_id = self.host_calls;
        let Some(host) = self.host.as_mut() else {
            return Err(RunError::Internal("host handler vanished"));
        };
        if host.is_async(&name) {
            let started = host.start(&name, args, kwargs, call_id);
            return match started {
                Ok(()) => self.new_host_future(call_id),
                Err(e) => self.import_host_result(Err(e)),
            };
        }
        let result = host.call(&name, args, kwargs);
        self.import_host_result(result)
    }

    /// Export call arguments for the host.
    pub(crate) fn export_call_args(&mut self, args: &[Value], kwargs: &[(Value, Value)]) -> RunResult<ExportedArgs> {
        let mut out_args = Vec::with_capacity(args.len());
        for &a in args {
            out_args.push(self.export_value(a)?);
        }
        let mut out_kwargs = Vec::with_capacity(kwargs.len());
        for &(k, v) in kwargs {
            let key = self.str_of(k).unwrap_or_default().to_owned();
            out_kwargs.push((key, self.export_value(v)?));
        }
        Ok((out_args, out_kwargs))
    }

    /// Bring a host result into the program: a value, or the exception the host reported.
    pub(crate) fn import_host_result(&mut self, result: Result<MontyObject, HostError>) -> RunResult<Value> {
        match result {
            Ok(v) => self.import_value(&v),
            Err(e) => {
                let ty = ExcType::from_name(&e.exc_type).unwrap_or(ExcType::RuntimeError);
                Err(exc(ty, e.message))
            }
        }
    }
}
