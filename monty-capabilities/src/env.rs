//! SECURITY: the environment allow-list. A program granted [`Env`] can read
//! the environment variables the embedder listed, by exact name, and nothing
//! else: a variable that is not listed reads exactly as one that is unset
//! (`None`, or the caller's default), so a program cannot even learn whether it
//! exists. There is no way to enumerate the environment or to change it.
//!
//! Function (group `env`): `getenv(name: str, default: str | None = None) -> str | None`,
//! as `os.getenv`.
//!
//! Names are compared byte for byte (`HOME` does not allow `home`). A listed
//! variable whose value is not UTF-8 raises `ValueError` rather than being
//! silently mangled.

use std::collections::BTreeMap;

use monty_core::{HostError, MontyObject};

use crate::capability::Capability;
use crate::function::HostFunction;

/// An allow-list that cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvError {
    /// Empty, or containing `=` or NUL: no environment variable can have this name.
    #[error("{0:?} is not a valid environment variable name")]
    InvalidName(String),
}

/// Where the allowed values come from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    /// The host process's environment, read at each call.
    Process(Vec<String>),
    /// Values the embedder gave: only these exist.
    Fixed(BTreeMap<String, String>),
}

/// The environment variables a program may read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Env {
    source: Source,
}

impl Env {
    /// Allow reading these variables of the host process's environment (read
    /// at each call, so a change in the host shows).
    ///
    /// # Errors
    /// A name is empty or contains `=` or NUL.
    pub fn allow<I, S>(names: I) -> Result<Self, EnvError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut allowed = Vec::new();
        for name in names {
            let name = checked(name.into())?;
            if !allowed.contains(&name) {
                allowed.push(name);
            }
        }
        Ok(Self {
            source: Source::Process(allowed),
        })
    }

    /// An environment of exactly these variables, whatever the host's is: for
    /// reproducible runs and tests.
    ///
    /// # Errors
    /// A name is empty or contains `=` or NUL.
    pub fn fixed<I, K, V>(vars: I) -> Result<Self, EnvError>
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        let mut map = BTreeMap::new();
        for (name, value) in vars {
            map.insert(checked(name.into())?, value.into());
        }
        Ok(Self {
            source: Source::Fixed(map),
        })
    }

    /// The value of `name` if it is allowed and set.
    ///
    /// # Errors
    /// An allowed variable's value is not UTF-8 (`ValueError`).
    pub fn get(&self, name: &str) -> Result<Option<String>, HostError> {
        match &self.source {
            Source::Fixed(map) => Ok(map.get(name).cloned()),
            // The exact-match check comes first: only a listed (hence valid) name
            // ever reaches the process environment.
            Source::Process(allowed) if allowed.iter().any(|a| a == name) => match std::env::var_os(name) {
                None => Ok(None),
                Some(value) => value.into_string().map(Some).map_err(|_| {
                    HostError::new(
                        "ValueError",
                        format!("environment variable '{name}' is not valid UTF-8"),
                    )
                }),
            },
            Source::Process(_) => Ok(None),
        }
    }
}

fn checked(name: String) -> Result<String, EnvError> {
    if name.is_empty() || name.contains(['=', '\0']) {
        Err(EnvError::InvalidName(name))
    } else {
        Ok(name)
    }
}

impl Capability for Env {
    fn functions(&self) -> Vec<HostFunction> {
        let env = self.clone();
        vec![
            HostFunction::builder("getenv")
                .group("env")
                .doc(
                    "The value of an environment variable the host allows, or `default` when it is not \
                     set or not allowed (as os.getenv).",
                )
                .param::<String>("name", "The variable's name, e.g. \"LANG\".")
                .param::<Option<String>>("default", "What to return when the variable is not available.")
                .returns::<Option<String>>()
                .build(move |mut args| {
                    let name: String = args.take(0)?;
                    let default: Option<String> = args.take(1)?;
                    Ok(match env.get(&name)?.or(default) {
                        Some(value) => MontyObject::Str(value),
                        None => MontyObject::None,
                    })
                }),
        ]
    }
}
