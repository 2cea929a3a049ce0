//! [`Capability`]: a ready-made family of host functions with its configuration.

use crate::function::HostFunction;
use crate::set::CapabilitySet;
use crate::state::StateHandle;

/// A family of host functions that share a configuration, such as a
/// [`Clock`](crate::Clock) frozen at an instant or an [`Env`](crate::Env)
/// allow-list. Granting it with [`CapabilitySet::with`] grants all its functions,
/// each answering from that configuration.
///
/// Families are not in the global registry: a program sees one only when the
/// embedder builds it and grants it, so its configuration is always explicit.
pub trait Capability {
    /// The functions the family grants, configured.
    fn functions(&self) -> Vec<HostFunction>;

    /// The host state its functions share, registered with the set so it is
    /// saved and restored with [`CapabilitySet::dump_state`] and
    /// [`CapabilitySet::load_state`]. None by default.
    fn states(&self) -> Vec<StateHandle> {
        Vec::new()
    }
}

impl CapabilitySet {
    /// Grant every function of a capability family (replacing granted
    /// functions of the same names), and register its host state.
    #[must_use]
    pub fn with(mut self, capability: &impl Capability) -> Self {
        for function in capability.functions() {
            self = self.grant_fn(function);
        }
        for state in capability.states() {
            self = self.with_state(state);
        }
        self
    }
}
