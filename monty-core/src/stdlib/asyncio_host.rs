//! `_asyncio`: the native half of `asyncio` (see `py/asyncio.py`): host futures.
//!
//! When the embedder answers a paused host call with "a future" (the host
//! function is async), the call returns a [`HostFuture`]. Awaiting it yields the
//! future itself up the coroutine chain to the task that runs it; asyncio's loop
//! parks that task. When no task can run, the loop calls `wait_host` with every
//! pending host future: the run pauses with all their call ids at once, and the
//! embedder resolves any subset, in any order, inline or after a snapshot.

use serde::{Deserialize, Serialize};

use super::{Member, ModuleSpec, StdObj, TypeSpec};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::types::TypeId;
use crate::object::value::{HeapId, Value};
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    members: &[
        ("is_host_future", Member::Fn(is_host_future)),
        ("iscoroutinefunction", Member::Fn(iscoroutinefunction)),
        ("wait_host", Member::Fn(wait_host)),
    ],
    all: None,
    source: None,
};

/// A host call's future.
pub(super) static HOST_FUTURE: TypeSpec = TypeSpec {
    ty: TypeId::HostFuture,
    methods: &[("done", future_done)],
    construct: None,
};

/// What awaiting a host future drives.
pub(super) static HOST_FUTURE_ITER: TypeSpec = TypeSpec {
    ty: TypeId::HostFutureIter,
    methods: &[
        ("__next__", await_next),
        ("send", await_send),
        ("throw", await_throw),
        ("close", await_close),
    ],
    construct: None,
};

/// Where a host call's future is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum HostFutureState {
    /// The embedder has not answered yet.
    Pending,
    /// The call returned this value.
    Done(Value),
    /// The call raised this exception.
    Failed(Value),
}

/// The future of a host call the embedder runs asynchronously.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HostFuture {
    /// The call's id, as the embedder saw it in the paused call.
    pub call_id: u64,
    /// Its outcome so far.
    pub state: HostFutureState,
}

impl HostFuture {
    /// Every value it holds.
    pub(crate) fn for_each_value(&self, f: &mut impl FnMut(Value)) {
        match self.state {
            HostFutureState::Pending => {}
            HostFutureState::Done(v) | HostFutureState::Failed(v) => f(v),
        }
    }
}

impl Vm<'_, '_> {
    /// The host future `v` is, if it is one.
    pub(crate) fn as_host_future(&self, v: Value) -> Option<HeapId> {
        match v {
            Value::Ref(id) if matches!(self.heap.get(id), Obj::Std(StdObj::HostFuture(_))) => Some(id),
            _ => None,
        }
    }

    /// The host future behind an await iterator, if `v` is one.
    pub(crate) fn as_host_await(&self, v: Value) -> Option<HeapId> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Std(StdObj::HostAwait(f, _)) => Some(*f),
                _ => None,
            },
            _ => None,
        }
    }

    /// A new pending future for host call `call_id`.
    pub(crate) fn new_host_future(&mut self, call_id: u64) -> RunResult<Value> {
        self.heap.alloc(Obj::Std(StdObj::HostFuture(Box::new(HostFuture {
            call_id,
            state: HostFutureState::Pending,
        }))))
    }

    /// `await` of a host future: the iterator that yields it until it is resolved.
    pub(crate) fn host_future_awaitable(&mut self, fut: HeapId) -> RunResult<Value> {
        self.heap.alloc(Obj::Std(StdObj::HostAwait(fut, false)))
    }

    /// Record the embedder's answer for the future `fut`.
    pub(crate) fn settle_host_future(&mut self, fut: HeapId, outcome: RunResult<Value>) -> RunResult<()> {
        let state = match outcome {
            Ok(v) => HostFutureState::Done(v),
            Err(e) => HostFutureState::Failed(self.materialize(e)?),
        };
        if let Obj::Std(StdObj::HostFuture(f)) = self.heap.get_mut(fut) {
            f.state = state;
        }
        Ok(())
    }

    /// One step of awaiting: `Ok(v)` yields `v` (the future, to the task), `Err(r)` returns `r`.
    pub(crate) fn host_await_step(&mut self, it: Value) -> RunResult<Result<Value, Value>> {
        let Value::Ref(it_id) = it else {
            return Err(RunError::Internal("host await on a non-object"));
        };
        let Obj::Std(StdObj::HostAwait(fut, yielded)) = *self.heap.get(it_id) else {
            return Err(RunError::Internal("host await on the wrong object"));
        };
        let Obj::Std(StdObj::HostFuture(f)) = self.heap.get(fut) else {
            return Err(RunError::Internal("host await of a non-future"));
        };
        match f.state {
            HostFutureState::Done(v) => Ok(Err(v)),
            HostFutureState::Failed(e) => Err(RunError::Raise(e)),
            HostFutureState::Pending if yielded => Err(exc(
                ExcType::RuntimeError,
                "await wasn't used with future: a host future was resumed before the host answered",
            )),
            HostFutureState::Pending => {
                if let Obj::Std(StdObj::HostAwait(_, y)) = self.heap.get_mut(it_id) {
                    *y = true;
                }
                Ok(Ok(Value::Ref(fut)))
            }
        }
    }
}

fn is_host_future(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    Ok(Value::Bool(vm.as_host_future(v).is_some()))
}

fn iscoroutinefunction(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let code = match v {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Function(f) => Some(f.code),
            Obj::Method(m) => match m.func {
                Value::Ref(fid) => match vm.heap.get(fid) {
                    Obj::Function(f) => Some(f.code),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let is_coro = code
        .and_then(|c| vm.program.codes.get(c as usize))
        .is_some_and(|c| c.is_coroutine);
    Ok(Value::Bool(is_coro))
}

/// `wait_host(futures)`: pause until the embedder resolves at least one of the
/// pending futures; returns the ones it resolved.
fn wait_host(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let list = args.one()?;
    let items = vm.collect(list)?;
    let mut pending = Vec::new();
    for v in items {
        if let Some(id) = vm.as_host_future(v)
            && let Obj::Std(StdObj::HostFuture(f)) = vm.heap.get(id)
            && f.state == HostFutureState::Pending
        {
            pending.push((f.call_id, id));
        }
    }
    if pending.is_empty() {
        return vm.heap.alloc_list(Vec::new());
    }
    let ids: Vec<u64> = pending.iter().map(|&(id, _)| id).collect();
    if let Some(results) = vm.host.as_mut().and_then(|host| host.wait(&ids)) {
        return settle_waited(vm, &pending, results);
    }
    if vm.native_depth() > 0 || (vm.host.is_some() && !vm.host_may_pause) {
        return Err(exc(
            ExcType::RuntimeError,
            "host futures can only be awaited in a started run (the embedder resolves them), from plain code",
        ));
    }
    Err(RunError::AwaitHost(pending))
}

/// Settle the futures an in-process host resolved; the list of them is what
/// `wait_host` returns. A host that resolved none of them would hang the loop.
fn settle_waited(
    vm: &mut Vm<'_, '_>,
    pending: &[(u64, HeapId)],
    results: Vec<(u64, Result<crate::MontyObject, crate::HostError>)>,
) -> RunResult<Value> {
    let mut resolved = Vec::with_capacity(results.len());
    for (id, result) in results {
        let Some(&(_, fut)) = pending.iter().find(|&&(p, _)| p == id) else {
            continue;
        };
        let outcome = vm.import_host_result(result);
        vm.settle_host_future(fut, outcome)?;
        if !resolved.contains(&Value::Ref(fut)) {
            resolved.push(Value::Ref(fut));
        }
    }
    if resolved.is_empty() {
        return Err(exc(
            ExcType::RuntimeError,
            "the host resolved none of the pending host calls: the program would hang",
        ));
    }
    vm.heap.alloc_list(resolved)
}

fn future_done(vm: &mut Vm<'_, '_>, receiver: Value, args: Args) -> RunResult<Value> {
    args.none_of("done")?;
    let done = matches!(
        vm.as_host_future(receiver).map(|id| vm.heap.get(id)),
        Some(Obj::Std(StdObj::HostFuture(f))) if f.state != HostFutureState::Pending
    );
    Ok(Value::Bool(done))
}

fn await_send(vm: &mut Vm<'_, '_>, receiver: Value, args: Args) -> RunResult<Value> {
    args.one_of("send")?;
    await_next(vm, receiver, Args::new("__next__", Vec::new(), Vec::new()))
}

fn await_next(vm: &mut Vm<'_, '_>, receiver: Value, args: Args) -> RunResult<Value> {
    args.none_of("__next__")?;
    match vm.host_await_step(receiver)? {
        Ok(y) => Ok(y),
        Err(Value::None) => Err(exc(ExcType::StopIteration, "")),
        Err(r) => Err(RunError::NewArgs(ExcType::StopIteration, vec![r])),
    }
}

fn await_throw(_vm: &mut Vm<'_, '_>, _receiver: Value, args: Args) -> RunResult<Value> {
    let e = args.one()?;
    Err(RunError::Raise(e))
}

fn await_close(_vm: &mut Vm<'_, '_>, _receiver: Value, args: Args) -> RunResult<Value> {
    args.none_of("close")?;
    Ok(Value::None)
}
