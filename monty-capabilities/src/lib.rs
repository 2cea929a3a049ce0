//! Host functions and capability sets for the Monty interpreter.
//!
//! A [`HostFunction`] is one function the sandboxed program may call: its
//! Python name, signature, docs, JSON schemas and the Rust code that answers
//! it. Functions come from `#[monty::function]` (registered in the global
//! [`registry`]) or are built by hand with [`HostFunction::builder`].
//! A [`CapabilitySet`] holds the functions one run may call; it is empty by
//! default, runs programs ([`CapabilitySet::run`], or [`CapabilitySet::run_async`]
//! on the embedder's executor, answering sync and async functions), answers
//! calls for [`MontyRun::run_with_host`](monty_core::MontyRun::run_with_host)
//! and renders the `.pyi` stubs, the LLM prompt and the JSON tool list. Host
//! state that must survive a snapshot is a [`HostState`] (see `state.rs`).
//!
//! Ready capability families ([`Capability`]) are granted with their
//! configuration: [`Clock`] (system or frozen time), [`Env`] (an
//! environment allow-list), [`Fs`] (mounted directories), [`Http`]
//! (requests to an allow-list of hosts) and [`Entropy`] (the host's randomness).
//!
//! ```
//! use monty_capabilities::{CapabilitySet, HostFunction};
//! use monty_core::{LimitedTracker, MontyObject, PrintWriter};
//!
//! let add = HostFunction::builder("add")
//!     .doc("Add two integers.")
//!     .param::<i64>("a", "")
//!     .param::<i64>("b", "")
//!     .returns::<i64>()
//!     .build(|mut args| {
//!         let (a, b): (i64, i64) = (args.take(0)?, args.take(1)?);
//!         Ok(MontyObject::Int(a + b))
//!     });
//! let mut caps = CapabilitySet::new().grant_fn(add);
//! let run = caps.compile("add(2, b=40)", "agent.py", vec![]).unwrap();
//! let mut out = PrintWriter::collect();
//! let result = run.run_with_host(vec![], LimitedTracker::default(), &mut out, &mut caps).unwrap();
//! assert_eq!(result, MontyObject::Int(42));
//! ```

mod bind;
mod capability;
mod clock;
mod convert;
mod drive;
mod entropy;
mod env;
mod fs;
mod fs_functions;
mod function;
mod http;
mod literal;
mod pages;
mod registry;
mod render;
mod schema_type;
mod set;
mod state;
mod stub;

#[doc(hidden)]
pub mod __private;

pub use capability::Capability;
pub use clock::{Clock, ClockError};
pub use convert::{from_object, to_object};
pub use entropy::{Entropy, MAX_BYTES as ENTROPY_MAX_BYTES};
pub use env::{Env, EnvError};
pub use fs::{DEFAULT_MAX_FILE_BYTES, FileStat, Fs, FsError, Mount, WriteMode};
pub use function::{BoundArgs, HostFunction, HostFunctionBuilder, HostFuture, Param};
pub use http::{DEFAULT_MAX_REDIRECTS, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_METHODS, DEFAULT_TIMEOUT, Http, HttpError};
pub use literal::python_literal;
pub use pages::{PAGES_STATE_KEY, PageCursor, Pages};
pub use registry::{Registration, registry};
pub use render::ToolFormat;
pub use schema_type::{py_type_of, py_type_of_schema};
pub use set::{CapabilityError, CapabilitySet};
pub use state::{HostState, State, StateError, StateHandle};
pub use stub::PyStub;
