//! [`CapabilitySet`]: the host functions one run may call.

use std::collections::BTreeMap;

use monty_core::{HostError, HostFunctions, MontyError, MontyObject, MontyRun};

use crate::function::{HostFunction, HostFuture};
use crate::registry::registry;
use crate::state::StateHandle;

/// A grant that names nothing the registry knows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CapabilityError {
    /// No registered function or group has this name.
    #[error("no host function or group named '{name}' is registered (known: {known})")]
    Unknown {
        /// The name asked for.
        name: String,
        /// The registered function and group names, comma-separated.
        known: String,
    },
    /// Two linked crates register functions with the same Python name.
    #[error("the host function name '{0}' is registered more than once")]
    Duplicate(String),
}

/// The host functions a run may call; empty by default.
///
/// A program compiled by [`compile`](Self::compile) sees exactly the granted
/// names; any other name is undefined (`NameError`), as if it did not exist.
///
/// Run a program with [`run`](Self::run) (blocking) or [`run_async`](Self::run_async)
/// (on the embedder's executor): both answer sync and async host functions,
/// and overlap the async calls the program awaits together (`asyncio.gather`).
/// The set also answers calls for `run_with_host` ([`HostFunctions`], sync
/// functions only) and, for a run driven by hand with `start`/`resume`,
/// through [`call`](Self::call) and [`call_async`](Self::call_async).
///
/// Host state registered by capabilities ([`HostState`](crate::HostState)) is
/// shared by clones of the set; [`dump_state`](Self::dump_state) and
/// [`load_state`](Self::load_state) carry it across processes beside a snapshot.
#[derive(Debug, Clone, Default)]
pub struct CapabilitySet {
    functions: BTreeMap<String, HostFunction>,
    pub(crate) states: BTreeMap<String, StateHandle>,
}

impl CapabilitySet {
    /// An empty set: the program can call nothing.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Grant a registered function by name, or every function of a group by the
    /// group's name.
    ///
    /// # Errors
    /// The name is neither a registered function nor a group, or it is
    /// registered twice.
    pub fn grant(self, name: &str) -> Result<Self, CapabilityError> {
        let matches: Vec<_> = registry().into_iter().filter(|r| r.name() == name).collect();
        match matches.as_slice() {
            [one] => Ok(self.grant_fn(one.function())),
            [] => self.grant_group(name),
            _ => Err(CapabilityError::Duplicate(name.to_owned())),
        }
    }

    /// Grant every registered function of `group`.
    ///
    /// # Errors
    /// No registered function belongs to the group, or one of its names is
    /// registered twice.
    pub fn grant_group(mut self, group: &str) -> Result<Self, CapabilityError> {
        let members: Vec<_> = registry().into_iter().filter(|r| r.group() == Some(group)).collect();
        if members.is_empty() {
            return Err(unknown(group));
        }
        for r in members {
            if registry().iter().filter(|other| other.name() == r.name()).count() > 1 {
                return Err(CapabilityError::Duplicate(r.name().to_owned()));
            }
            self = self.grant_fn(r.function());
        }
        Ok(self)
    }

    /// Grant a function, registered or built by hand (a closure with a declared
    /// signature, see [`HostFunction::builder`]). It replaces a granted function
    /// of the same name.
    #[must_use]
    pub fn grant_fn(mut self, function: HostFunction) -> Self {
        self.functions.insert(function.name().to_owned(), function);
        self
    }

    /// Withdraw a granted function; unknown names are ignored.
    #[must_use]
    pub fn revoke(mut self, name: &str) -> Self {
        self.functions.remove(name);
        self
    }

    /// The granted functions, by name.
    pub fn iter(&self) -> impl Iterator<Item = &HostFunction> {
        self.functions.values()
    }

    /// The granted function called `name`.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&HostFunction> {
        self.functions.get(name)
    }

    /// The granted names, sorted: the `external_function_names` of [`MontyRun::new`].
    #[must_use]
    pub fn names(&self) -> Vec<String> {
        self.functions.keys().cloned().collect()
    }

    /// How many functions are granted.
    #[must_use]
    pub fn len(&self) -> usize {
        self.functions.len()
    }

    /// Whether nothing is granted.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.functions.is_empty()
    }

    /// Compile `code` with the granted functions as its host functions.
    ///
    /// # Errors
    /// The code does not compile.
    pub fn compile(&self, code: &str, script_name: &str, input_names: Vec<String>) -> Result<MontyRun, MontyError> {
        MontyRun::new(code, script_name, input_names, self.names())
    }

    /// Whether any granted function is async.
    #[must_use]
    pub fn has_async(&self) -> bool {
        self.functions.values().any(HostFunction::is_async)
    }

    /// Answer a host call (for a run driven by `start`/`resume`): an ungranted
    /// name is a `NameError`, as it would be for any undefined name. An async
    /// function is refused with a `RuntimeError`: the program awaits it, so it
    /// needs [`call_async`](Self::call_async) and `PendingCall::resume_future`.
    ///
    /// # Errors
    /// The exception the program sees.
    pub fn call(
        &self,
        name: &str,
        args: Vec<MontyObject>,
        kwargs: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError> {
        match self.functions.get(name) {
            Some(function) if function.is_async() => Err(HostError::new(
                "RuntimeError",
                format!(
                    "'{name}' is an async host function and this run answers host calls synchronously; \
                     the embedder must run the program with CapabilitySet::run or run_async"
                ),
            )),
            Some(function) => function.call(args, kwargs),
            None => Err(not_defined(name)),
        }
    }

    /// Start answering a host call, sync or async (for a run driven by hand):
    /// the arguments are bound now; the returned future computes the result.
    /// Answer the pause with `resume_future` when the function
    /// [is async](HostFunction::is_async), else poll the future (it is
    /// already complete) and `resume` with its result.
    ///
    /// # Errors
    /// The exception the program sees at the call: `NameError` for an ungranted
    /// name, or a binding or conversion error.
    pub fn call_async(
        &self,
        name: &str,
        args: Vec<MontyObject>,
        kwargs: Vec<(String, MontyObject)>,
    ) -> Result<HostFuture, HostError> {
        match self.functions.get(name) {
            Some(function) => function.call_async(args, kwargs),
            None => Err(not_defined(name)),
        }
    }
}

fn not_defined(name: &str) -> HostError {
    HostError::new("NameError", format!("name '{name}' is not defined"))
}

impl HostFunctions for CapabilitySet {
    fn call(
        &mut self,
        name: &str,
        args: Vec<MontyObject>,
        kwargs: Vec<(String, MontyObject)>,
    ) -> Result<MontyObject, HostError> {
        Self::call(self, name, args, kwargs)
    }
}

fn unknown(name: &str) -> CapabilityError {
    let mut known: Vec<&str> = Vec::new();
    for r in registry() {
        known.push(r.name());
        if let Some(group) = r.group()
            && !known.contains(&group)
        {
            known.push(group);
        }
    }
    known.sort_unstable();
    known.dedup();
    CapabilityError::Unknown {
        name: name.to_owned(),
        known: if known.is_empty() {
            "none".to_owned()
        } else {
            known.join(", ")
        },
    }
}
