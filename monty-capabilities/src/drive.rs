//! Running a program with a capability set: sync host functions answer at
//! once, async ones give the program an awaitable, and the calls it awaits
//! together (`asyncio.gather`, tasks) run concurrently.
//!
//! The set is the run's in-process host ([`HostFunctions`]): a call to an
//! async function starts it (binding its arguments, keeping its Rust future
//! by call id) and the program gets a future at once, so calls work anywhere,
//! even inside a builtin's callback. When every asyncio task waits on the
//! host, the futures they wait on are polled together until at least one
//! completes, and every finished one is resolved.
//!
//! [`CapabilitySet::run`] polls them there, blocking the thread with
//! `pollster`'s minimal `block_on`. [`CapabilitySet::run_async`] is for
//! embedders with their own executor (tokio or another): the run pauses
//! (`RunProgress::ResolveFutures`) and the returned future awaits the host
//! futures on that executor. The run's future is not `Send` (the VM state, the
//! tracker and the print writer stay on one thread); the host futures are
//! (`HostFuture`), so an async host function may hand its work to any runtime.

use std::future::poll_fn;
use std::task::Poll;

use monty_core::{
    HostError, HostFunctions, LimitError, MontyError, MontyObject, MontyRun, PrintWriter, ResourceTracker, RunProgress,
};

use crate::function::HostFuture;
use crate::set::CapabilitySet;

impl CapabilitySet {
    /// Run `runner` to completion on this thread, answering its host calls
    /// with the granted functions; async functions are awaited (blocking the
    /// thread) and overlap when the program gathers them.
    ///
    /// # Errors
    /// An uncaught Python exception, a resource limit, or a wrong number of inputs.
    pub fn run<T: ResourceTracker>(
        &self,
        runner: &MontyRun,
        inputs: Vec<MontyObject>,
        tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<MontyObject, MontyError> {
        let mut host = SetHost::new(self, true);
        runner.run_with_host(inputs, tracker, print, &mut host)
    }

    /// Run `runner` to completion as a future, for an embedder with its own
    /// executor: awaiting it polls the async host functions' futures, so they
    /// may wait on timers, sockets or channels of that executor. One tracker
    /// counts the whole run, across every pause.
    ///
    /// # Errors
    /// An uncaught Python exception, a resource limit, or a wrong number of inputs.
    pub async fn run_async<T: ResourceTracker>(
        &self,
        runner: &MontyRun,
        inputs: Vec<MontyObject>,
        mut tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<MontyObject, MontyError> {
        let mut host = SetHost::new(self, false);
        let progress = runner.start_with_host(inputs, Shared(&mut tracker), print, &mut host)?;
        drive(&mut host, progress, &mut tracker, print).await
    }

    /// Continue a started run to completion on this thread, e.g. one loaded
    /// from a snapshot in another process (with [`load_state`](Self::load_state)
    /// for its host state). See [`resume_async`](Self::resume_async).
    ///
    /// # Errors
    /// An uncaught Python exception or a resource limit.
    pub fn resume<T: ResourceTracker>(
        &self,
        progress: RunProgress,
        tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<MontyObject, MontyError> {
        pollster::block_on(self.resume_async(progress, tracker, print))
    }

    /// Continue a started run (paused at a host call or on its host futures)
    /// to completion as a future; the set then answers its calls as in
    /// [`run_async`](Self::run_async).
    ///
    /// The Rust futures of async calls cannot be saved: a run snapshotted while
    /// it waited on host futures (`RunProgress::ResolveFutures`) and resumed
    /// here sees each call this set did not start fail with `RuntimeError` at
    /// its `await`. Snapshot at a host call (`RunProgress::FunctionCall`, as a
    /// run driven by `start`/`resume` pauses) to move a run between processes.
    ///
    /// # Errors
    /// An uncaught Python exception or a resource limit.
    pub async fn resume_async<T: ResourceTracker>(
        &self,
        progress: RunProgress,
        mut tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<MontyObject, MontyError> {
        let mut host = SetHost::new(self, false);
        drive(&mut host, progress, &mut tracker, print).await
    }
}

/// Continue a run to its end: a host call pause (from a run paused without a
/// host) is answered by the set, host futures are awaited.
async fn drive(
    host: &mut SetHost<'_>,
    mut progress: RunProgress,
    tracker: &mut dyn ResourceTracker,
    print: &mut PrintWriter<'_>,
) -> Result<MontyObject, MontyError> {
    loop {
        progress = match progress {
            RunProgress::Complete(value) => return Ok(value),
            RunProgress::FunctionCall(mut call) => {
                let args = std::mem::take(&mut call.args);
                let kwargs = std::mem::take(&mut call.kwargs);
                let name = call.function_name.clone();
                if host.is_async(&name) {
                    match host.start(&name, args, kwargs, call.call_id) {
                        Ok(()) => call.resume_future_with_host(Shared(tracker), print, host)?,
                        Err(err) => call.resume_with_host(Err(err), Shared(tracker), print, host)?,
                    }
                } else {
                    let result = host.set.call(&name, args, kwargs);
                    call.resume_with_host(result, Shared(tracker), print, host)?
                }
            }
            RunProgress::ResolveFutures(waiting) => {
                let results = settle(&mut host.in_flight, &waiting.call_ids).await;
                waiting.resume_with_host(results, Shared(tracker), print, host)?
            }
        };
    }
}

/// The set as a run's host, with the async calls it started and not resolved yet.
struct SetHost<'s> {
    set: &'s CapabilitySet,
    /// Started async calls, in call order.
    in_flight: Vec<(u64, HostFuture)>,
    /// Whether `wait` blocks the thread on the futures (else the run pauses).
    blocking: bool,
}

impl<'s> SetHost<'s> {
    fn new(set: &'s CapabilitySet, blocking: bool) -> Self {
        Self {
            set,
            in_flight: Vec::new(),
            blocking,
        }
    }
}

impl HostFunctions for SetHost<'_> {
    fn call(
        &mut self,
        name: &str,
        args: Vec<MontyObject>,
        kwargs: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError> {
        self.set.call(name, args, kwargs)
    }

    fn is_async(&self, name: &str) -> bool {
        self.set.get(name).is_some_and(crate::HostFunction::is_async)
    }

    fn start(
        &mut self,
        name: &str,
        args: Vec<MontyObject>,
        kwargs: Vec<(String, MontyObject)>,
        call_id: u64,
    ) -> Result<(), HostError> {
        let future = self.set.call_async(name, args, kwargs)?;
        self.in_flight.push((call_id, future));
        Ok(())
    }

    fn wait(&mut self, call_ids: &[u64]) -> Option<Vec<(u64, Result<MontyObject, HostError>)>> {
        self.blocking
            .then(|| pollster::block_on(settle(&mut self.in_flight, call_ids)))
    }
}

/// Poll the futures of `wanted` calls together until at least one completes;
/// return every completed one (and drop it from `in_flight`). A wanted call
/// with no future (started by another process before a snapshot) fails at once.
async fn settle(in_flight: &mut Vec<(u64, HostFuture)>, wanted: &[u64]) -> Vec<(u64, Result<MontyObject, HostError>)> {
    let lost: Vec<_> = wanted
        .iter()
        .filter(|id| !in_flight.iter().any(|(started, _)| started == *id))
        .map(|&id| {
            (
                id,
                Err(HostError::new(
                    "RuntimeError",
                    "this async host call was started before the run was saved; its result is lost",
                )),
            )
        })
        .collect();
    if !lost.is_empty() {
        return lost;
    }
    poll_fn(|cx| {
        let mut ready = Vec::new();
        in_flight.retain_mut(|(id, future)| {
            if !wanted.contains(id) {
                return true;
            }
            match future.as_mut().poll(cx) {
                Poll::Ready(result) => {
                    ready.push((*id, result));
                    false
                }
                Poll::Pending => true,
            }
        });
        if ready.is_empty() {
            Poll::Pending
        } else {
            Poll::Ready(ready)
        }
    })
    .await
}

/// One tracker lent to each step of a paused run, so limits count the whole run.
struct Shared<'a>(&'a mut dyn ResourceTracker);

impl ResourceTracker for Shared<'_> {
    fn check_progress(&mut self, ticks: u64) -> Result<(), LimitError> {
        self.0.check_progress(ticks)
    }
    fn memory_limit(&self) -> Option<usize> {
        self.0.memory_limit()
    }
    fn recursion_limit(&self) -> Option<usize> {
        self.0.recursion_limit()
    }
    fn output_limit(&self) -> Option<usize> {
        self.0.output_limit()
    }
    fn host_call_limit(&self) -> Option<u64> {
        self.0.host_call_limit()
    }
}
