//! A run paused until the host resolves some of its pending async host calls.
//!
//! The program's asyncio loop asks for this when every task waits on a host
//! future: all their call ids come out at once, so the host can run those calls
//! concurrently and answer them in any order (each `resume` may resolve one or
//! several). Like [`PendingCall`](crate::PendingCall), it dumps to bytes and
//! loads back in another process.

use std::sync::Arc;

use crate::boundary::MontyObject;
use crate::bytecode::Program;
use crate::error::MontyError;
use crate::host::{HostError, HostFunctions};
use crate::io::PrintWriter;
use crate::limits::ResourceTracker;
use crate::object::heap::Obj;
use crate::object::value::{HeapId, Value};
use crate::run::{RunProgress, progress};
use crate::stdlib::StdObj;
use crate::vm::{Vm, VmState};

/// A run waiting for the host to resolve some of its pending host futures.
#[derive(Debug, Clone)]
pub struct PendingFutures {
    /// The call ids still waiting for a result, in the order the calls were made.
    pub call_ids: Vec<u64>,
    waiting: Vec<(u64, HeapId)>,
    program: Arc<Program>,
    state: Box<VmState>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct SavedFutures {
    waiting: Vec<(u64, HeapId)>,
    program: Program,
    state: VmState,
}

impl PendingFutures {
    pub(crate) fn new(program: &Arc<Program>, mut waiting: Vec<(u64, HeapId)>, state: VmState) -> Self {
        waiting.sort_by_key(|&(id, _)| id);
        waiting.dedup_by_key(|&mut (id, _)| id);
        Self {
            call_ids: waiting.iter().map(|&(id, _)| id).collect(),
            waiting,
            program: Arc::clone(program),
            state: Box::new(state),
        }
    }

    /// Resolve some of the pending calls (by call id) and continue. Calls left out
    /// stay pending: the run asks again when it cannot go on without them.
    ///
    /// # Errors
    /// [`MontyError::UnknownCall`] when an id is not one of [`PendingFutures::call_ids`]
    /// (nothing is resolved then); else an uncaught Python exception or a resource limit.
    pub fn resume<T: ResourceTracker>(
        self,
        results: Vec<(u64, Result<MontyObject, HostError>)>,
        tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<RunProgress, MontyError> {
        self.resolve(results, tracker, print, None)
    }

    /// [`PendingFutures::resume`], continuing with an in-process host as
    /// [`MontyRun::start_with_host`](crate::MontyRun::start_with_host) does.
    ///
    /// # Errors
    /// As [`PendingFutures::resume`].
    pub fn resume_with_host<T: ResourceTracker>(
        self,
        results: Vec<(u64, Result<MontyObject, HostError>)>,
        tracker: T,
        print: &mut PrintWriter<'_>,
        host: &mut dyn HostFunctions,
    ) -> Result<RunProgress, MontyError> {
        self.resolve(results, tracker, print, Some(host))
    }

    fn resolve<T: ResourceTracker>(
        self,
        results: Vec<(u64, Result<MontyObject, HostError>)>,
        mut tracker: T,
        print: &mut PrintWriter<'_>,
        host: Option<&mut dyn HostFunctions>,
    ) -> Result<RunProgress, MontyError> {
        let mut targets = Vec::with_capacity(results.len());
        for (id, _) in &results {
            let Some(&(_, fut)) = self.waiting.iter().find(|(w, _)| w == id) else {
                return Err(MontyError::UnknownCall(*id));
            };
            targets.push(fut);
        }
        let program = self.program;
        let mut vm = Vm::from_state(&program, *self.state, &mut tracker, print);
        let mut resolved = Vec::with_capacity(results.len());
        let mut failed = None;
        for ((_, result), fut) in results.into_iter().zip(targets) {
            let outcome = vm.import_host_result(result);
            if let Err(e) = vm.settle_host_future(fut, outcome) {
                failed = Some(e);
                break;
            }
            if !resolved.contains(&Value::Ref(fut)) {
                resolved.push(Value::Ref(fut));
            }
        }
        if let Some(host) = host {
            vm.host = Some(host);
            vm.host_may_pause = true;
        }
        let outcome = match failed {
            Some(e) => vm.resume(Err(e)),
            None => match vm.heap.alloc_list(resolved) {
                Ok(list) => vm.resume(Ok(list)),
                Err(e) => vm.resume(Err(e)),
            },
        };
        vm.host = None;
        progress(&program, vm, outcome)
    }

    /// The whole paused run as bytes (versioned and checksummed).
    #[must_use]
    pub fn dump(&self) -> Vec<u8> {
        let saved = SavedFutures {
            waiting: self.waiting.clone(),
            program: (*self.program).clone(),
            state: (*self.state).clone(),
        };
        crate::snapshot::encode(crate::snapshot::Kind::Futures, &saved)
    }

    /// [`PendingFutures::dump`], signed with HMAC-SHA256 under the host's `key`.
    #[must_use]
    pub fn dump_signed(&self, key: &[u8]) -> Vec<u8> {
        crate::snapshot::sign(self.dump(), key)
    }

    /// Load a run written by [`PendingFutures::dump_signed`] with the same `key`.
    ///
    /// # Errors
    /// [`MontyError::Snapshot`] when the signature does not match or the bytes are invalid.
    pub fn load_signed(bytes: &[u8], key: &[u8]) -> Result<Self, MontyError> {
        Self::load(crate::snapshot::verify(bytes, key)?)
    }

    /// Load a run written by [`PendingFutures::dump`]; every reference is checked first.
    ///
    /// # Errors
    /// [`MontyError::Snapshot`] for truncated, corrupted, tampered or foreign bytes.
    pub fn load(bytes: &[u8]) -> Result<Self, MontyError> {
        let saved: SavedFutures = crate::snapshot::decode(crate::snapshot::Kind::Futures, bytes)?;
        crate::snapshot::validate_program(&saved.program)?;
        crate::snapshot::validate_state(&saved.program, &saved.state)?;
        for &(id, fut) in &saved.waiting {
            let ok = saved.state.heap.is_live(fut)
                && matches!(saved.state.heap.get(fut), Obj::Std(StdObj::HostFuture(f)) if f.call_id == id);
            if !ok {
                return Err(MontyError::Snapshot(
                    "a pending call id does not name a host future".to_owned(),
                ));
            }
        }
        if saved.waiting.is_empty() {
            return Err(MontyError::Snapshot("no pending host future".to_owned()));
        }
        let program = Arc::new(saved.program);
        Ok(Self::new(&program, saved.waiting, saved.state))
    }
}
