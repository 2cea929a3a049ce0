//! `MontySession`: a REPL. Snippets run one after another in one interpreter
//! whose globals, heap and imported modules persist, as at CPython's prompt.
//!
//! Each snippet is compiled into the session's one growing [`Program`]: its code
//! objects, global names and library modules are appended, so functions and
//! classes defined by earlier snippets keep working. Between snippets the whole
//! session is plain data and dumps to bytes like a paused run.

use std::sync::Arc;

use crate::boundary::MontyObject;
use crate::bytecode::Program;
use crate::error::MontyError;
use crate::host::{HostFunctions, NoHost};
use crate::io::PrintWriter;
use crate::limits::ResourceTracker;
use crate::object::value::Value;
use crate::run::CompileOptions;
use crate::vm::{Vm, VmState};

/// An interactive session: feed it snippets; what they define stays defined.
#[derive(Debug, Clone)]
pub struct MontySession {
    program: Arc<Program>,
    /// `None` until the first snippet runs.
    state: Option<Box<VmState>>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct SavedSession {
    program: Program,
    state: Option<VmState>,
}

impl MontySession {
    /// A new, empty session; `external_function_names` are the host functions its
    /// snippets may call (answered by the `host` given to [`MontySession::feed_with_host`]).
    ///
    /// # Errors
    /// Never for valid names; a [`MontyError::Syntax`] if a name is not an identifier.
    pub fn new(script_name: &str, external_function_names: Vec<String>) -> Result<Self, MontyError> {
        Self::with_options(&CompileOptions {
            script_name: script_name.to_owned(),
            external_function_names,
            ..CompileOptions::default()
        })
    }

    /// A new session compiled with `options` (its `input_names` are ignored: a
    /// session has no inputs). The import allow-list holds for every snippet.
    ///
    /// # Errors
    /// A [`MontyError::Syntax`] if a name is not an identifier.
    pub fn with_options(options: &CompileOptions) -> Result<Self, MontyError> {
        let program = crate::compile::compile_program(
            "",
            &options.script_name,
            &[],
            &options.external_function_names,
            options.allowed_imports.clone(),
        )
        .map_err(MontyError::Syntax)?;
        Ok(Self {
            program: Arc::new(program),
            state: None,
        })
    }

    /// Run the next snippet, host functions unavailable. Returns the value of a
    /// trailing expression statement (what the REPL would echo), else `None`.
    ///
    /// # Errors
    /// A syntax error (the session is unchanged), an uncaught exception or a
    /// limit (what ran before it stays done, as in CPython's REPL).
    pub fn feed<T: ResourceTracker>(
        &mut self,
        code: &str,
        tracker: T,
        print: &mut PrintWriter<'_>,
    ) -> Result<MontyObject, MontyError> {
        self.feed_with_host(code, tracker, print, &mut NoHost)
    }

    /// [`MontySession::feed`], answering host calls through `host`.
    ///
    /// # Errors
    /// As [`MontySession::feed`].
    pub fn feed_with_host<T: ResourceTracker>(
        &mut self,
        code: &str,
        mut tracker: T,
        print: &mut PrintWriter<'_>,
        host: &mut dyn HostFunctions,
    ) -> Result<MontyObject, MontyError> {
        let (program, entry) =
            crate::compile::compile_into(code, (*self.program).clone(), &[]).map_err(MontyError::Syntax)?;
        let program = Arc::new(program);
        let (result, state) = {
            let mut vm = match self.state.take() {
                Some(state) => {
                    let mut vm = Vm::from_state(&program, *state, &mut tracker, print);
                    vm.load_new_code()
                        .map_err(|e| MontyError::Internal(format!("session constants: {e:?}")))?;
                    vm
                }
                None => {
                    let mut vm =
                        Vm::new(&program, &mut tracker, print).map_err(|e| MontyError::Internal(format!("{e:?}")))?;
                    for (i, &g) in program.external_globals.iter().enumerate() {
                        if let Some(slot) = vm.globals.get_mut(g as usize) {
                            *slot = Value::External(u32::try_from(i).unwrap_or(u32::MAX));
                        }
                    }
                    vm
                }
            };
            vm.host = Some(host);
            let outcome = vm.run_body(entry);
            let result = crate::run::finish(&mut vm, outcome);
            vm.host = None;
            vm.reset_stacks();
            (result, vm.into_state())
        };
        self.program = program;
        self.state = Some(Box::new(state));
        result
    }

    /// The global names the snippets have bound so far, in order of first binding.
    #[must_use]
    pub fn global_names(&self) -> Vec<String> {
        let Some(state) = &self.state else {
            return Vec::new();
        };
        let lib_slot = |i: usize| {
            self.program
                .libs
                .iter()
                .any(|l| (l.globals.0 as usize..l.globals.1 as usize).contains(&i))
        };
        self.program
            .global_names
            .iter()
            .enumerate()
            .filter(|&(i, _)| !lib_slot(i))
            .filter(|&(i, _)| !matches!(state.globals.get(i), None | Some(Value::Undef | Value::External(_))))
            .map(|(_, n)| n.clone())
            .collect()
    }

    /// The whole session as bytes (versioned and checksummed).
    #[must_use]
    pub fn dump(&self) -> Vec<u8> {
        let saved = SavedSession {
            program: (*self.program).clone(),
            state: self.state.as_deref().cloned(),
        };
        crate::snapshot::encode(crate::snapshot::Kind::Session, &saved)
    }

    /// [`MontySession::dump`], signed with HMAC-SHA256 under the host's `key`.
    #[must_use]
    pub fn dump_signed(&self, key: &[u8]) -> Vec<u8> {
        crate::snapshot::sign(self.dump(), key)
    }

    /// Load a session written by [`MontySession::dump`]; every reference is checked.
    ///
    /// # Errors
    /// [`MontyError::Snapshot`] for truncated, corrupted, tampered or foreign bytes.
    pub fn load(bytes: &[u8]) -> Result<Self, MontyError> {
        let saved: SavedSession = crate::snapshot::decode(crate::snapshot::Kind::Session, bytes)?;
        crate::snapshot::validate_program(&saved.program)?;
        if let Some(state) = &saved.state {
            crate::snapshot::validate_state(&saved.program, state)?;
            if !state.frames.is_empty() || !state.stack.is_empty() {
                return Err(MontyError::Snapshot(
                    "a session between snippets has no frames".to_owned(),
                ));
            }
        }
        Ok(Self {
            program: Arc::new(saved.program),
            state: saved.state.map(Box::new),
        })
    }

    /// Load a session written by [`MontySession::dump_signed`] with the same `key`.
    ///
    /// # Errors
    /// [`MontyError::Snapshot`] when the signature does not match or the bytes are invalid.
    pub fn load_signed(bytes: &[u8], key: &[u8]) -> Result<Self, MontyError> {
        Self::load(crate::snapshot::verify(bytes, key)?)
    }
}
