//! Resource limits: plain data, and the trackers that enforce them.
//!
//! The VM only bumps a counter on calls and backward jumps; every
//! [`CHECK_PERIOD`] ticks it asks the tracker, which reads the clock and the
//! cancellation flag. Memory is charged by the heap as objects are created.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::error::LimitError;

/// How many ticks pass between two clock/cancellation checks.
pub const CHECK_PERIOD: u32 = 1024;

/// The limits of one run. `None` switches a limit off.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ResourceLimits {
    /// Bytes of live objects.
    pub max_memory: Option<usize>,
    /// Wall-clock time spent executing (host calls not counted).
    pub max_duration: Option<Duration>,
    /// Instructions executed.
    pub max_instructions: Option<u64>,
    /// Depth of nested Python calls.
    pub max_recursion_depth: Option<usize>,
    /// Bytes written by `print`.
    pub max_output_bytes: Option<usize>,
    /// Calls of host functions.
    #[serde(default)]
    pub max_host_calls: Option<u64>,
}

impl Default for ResourceLimits {
    /// Safe defaults: 100 MB, 5 s, depth 1000, 10 MB of output.
    fn default() -> Self {
        Self {
            max_memory: Some(100 * 1024 * 1024),
            max_duration: Some(Duration::from_secs(5)),
            max_instructions: None,
            max_recursion_depth: Some(1000),
            max_output_bytes: Some(10 * 1024 * 1024),
            max_host_calls: None,
        }
    }
}

impl ResourceLimits {
    /// Every limit off. Only for trusted code.
    #[must_use]
    pub fn unlimited() -> Self {
        Self {
            max_memory: None,
            max_duration: None,
            max_instructions: None,
            max_recursion_depth: None,
            max_output_bytes: None,
            max_host_calls: None,
        }
    }

    /// Set the memory limit in bytes.
    #[must_use]
    pub fn max_memory(mut self, bytes: usize) -> Self {
        self.max_memory = Some(bytes);
        self
    }

    /// Set the time limit.
    #[must_use]
    pub fn max_duration(mut self, duration: Duration) -> Self {
        self.max_duration = Some(duration);
        self
    }

    /// Set the instruction limit.
    #[must_use]
    pub fn max_instructions(mut self, count: u64) -> Self {
        self.max_instructions = Some(count);
        self
    }

    /// Set the recursion limit.
    #[must_use]
    pub fn max_recursion_depth(mut self, depth: usize) -> Self {
        self.max_recursion_depth = Some(depth);
        self
    }

    /// Set the output limit in bytes.
    #[must_use]
    pub fn max_output_bytes(mut self, bytes: usize) -> Self {
        self.max_output_bytes = Some(bytes);
        self
    }

    /// Set the host call limit.
    #[must_use]
    pub fn max_host_calls(mut self, calls: u64) -> Self {
        self.max_host_calls = Some(calls);
        self
    }
}

/// A thread-safe handle that stops a run from another thread.
#[derive(Debug, Clone, Default)]
pub struct CancelHandle(Arc<AtomicBool>);

impl CancelHandle {
    /// A fresh, untriggered handle.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Ask the run to stop at its next check.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether [`CancelHandle::cancel`] was called.
    #[must_use]
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// What the VM asks while it runs. `NoLimitTracker` answers "fine" for free.
pub trait ResourceTracker {
    /// Called every [`CHECK_PERIOD`] ticks with the ticks since the last call.
    fn check_progress(&mut self, ticks: u64) -> Result<(), LimitError>;
    /// The memory limit, if any.
    fn memory_limit(&self) -> Option<usize>;
    /// The recursion limit, if any.
    fn recursion_limit(&self) -> Option<usize>;
    /// The output limit, if any.
    fn output_limit(&self) -> Option<usize>;
    /// The host call limit, if any.
    fn host_call_limit(&self) -> Option<u64> {
        None
    }
}

/// No limits at all. Must be asked for by name.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoLimitTracker;

impl ResourceTracker for NoLimitTracker {
    fn check_progress(&mut self, _ticks: u64) -> Result<(), LimitError> {
        Ok(())
    }
    fn memory_limit(&self) -> Option<usize> {
        None
    }
    fn recursion_limit(&self) -> Option<usize> {
        None
    }
    fn output_limit(&self) -> Option<usize> {
        None
    }
}

/// Enforces a [`ResourceLimits`].
#[derive(Debug, Clone)]
pub struct LimitedTracker {
    limits: ResourceLimits,
    started: Instant,
    instructions: u64,
    cancel: Option<CancelHandle>,
}

impl LimitedTracker {
    /// Start tracking now.
    #[must_use]
    pub fn new(limits: ResourceLimits) -> Self {
        Self {
            limits,
            started: Instant::now(),
            instructions: 0,
            cancel: None,
        }
    }

    /// Stop the run when `handle` is triggered.
    #[must_use]
    pub fn with_cancel(mut self, handle: CancelHandle) -> Self {
        self.cancel = Some(handle);
        self
    }
}

impl Default for LimitedTracker {
    fn default() -> Self {
        Self::new(ResourceLimits::default())
    }
}

impl From<ResourceLimits> for LimitedTracker {
    fn from(limits: ResourceLimits) -> Self {
        Self::new(limits)
    }
}

impl ResourceTracker for LimitedTracker {
    fn check_progress(&mut self, ticks: u64) -> Result<(), LimitError> {
        self.instructions = self.instructions.saturating_add(ticks);
        if let Some(limit) = self.limits.max_instructions
            && self.instructions > limit
        {
            return Err(LimitError::Instructions { limit });
        }
        if let Some(limit) = self.limits.max_duration
            && self.started.elapsed() > limit
        {
            return Err(LimitError::Duration {
                limit_ms: u64::try_from(limit.as_millis()).unwrap_or(u64::MAX),
            });
        }
        if let Some(cancel) = &self.cancel
            && cancel.is_cancelled()
        {
            return Err(LimitError::Cancelled);
        }
        Ok(())
    }
    fn memory_limit(&self) -> Option<usize> {
        self.limits.max_memory
    }
    fn recursion_limit(&self) -> Option<usize> {
        self.limits.max_recursion_depth
    }
    fn output_limit(&self) -> Option<usize> {
        self.limits.max_output_bytes
    }
    fn host_call_limit(&self) -> Option<u64> {
        self.limits.max_host_calls
    }
}
