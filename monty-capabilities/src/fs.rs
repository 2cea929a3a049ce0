//! SECURITY: mounted directories. A program granted [`Fs`] sees a virtual file
//! system made only of the host directories the embedder mounted, each at a
//! virtual path (`/data`), read-only or read-write, and nothing else.
//!
//! Threat model: the program controls every path string and the contents it
//! writes; it cannot create symlinks, but the mounted directory may already hold
//! symlinks, and host processes may change it while the program runs. So:
//!
//! - Paths are resolved first in the virtual namespace: `.` and `..` are applied
//!   to the path's text (`..` at `/` stays at `/`, as in POSIX), and the result
//!   must fall under a mount point. Anything else does not exist
//!   (`FileNotFoundError`), whatever the host has at that path.
//! - The rest of the path is opened beneath the mount's directory handle with
//!   `cap-std`, which resolves every component itself (`openat2` with
//!   `RESOLVE_BENEATH` where the kernel has it): a symlink or `..` that would
//!   leave the mounted directory fails (`PermissionError`), even if the tree
//!   changes during the lookup. Absolute host paths never reach the host.
//! - A NUL byte is `ValueError: embedded null byte`, as in CPython.
//! - Files larger than the mount's size limit are refused before they are read
//!   or written (`OSError`, errno 27), and reads stop at the limit even if the
//!   file grows meanwhile.
//! - Writes on a read-only mount fail (`OSError`, errno 30) before touching the host.
//!
//! Functions (group `fs`): `read_text(path)`, `write_text(path, data)` and
//! `list_dir(path='/')`. They are meant to back `open()` and `pathlib` once Monty
//! has them.

use std::io::{self, Read as _};
use std::path::Path;
use std::sync::Arc;

use cap_std::ambient_authority;
use cap_std::fs::Dir;
use monty_core::{HostError, MontyObject};

use crate::capability::Capability;
use crate::function::HostFunction;

/// The default size limit of one file read or written: 10 MB.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 10_000_000;

/// A mount that cannot be made.
#[derive(Debug, thiserror::Error)]
pub enum FsError {
    /// The virtual path is not absolute, or has `.`, `..`, NUL or empty components.
    #[error("the mount point {0:?} must be an absolute path of plain names, such as /data")]
    MountPoint(String),
    /// The host directory cannot be opened.
    #[error("cannot open the directory {path:?} to mount it: {source}")]
    Open {
        /// The host path.
        path: String,
        /// Why.
        source: io::Error,
    },
}

/// One host directory, seen by the program at a virtual path.
#[derive(Debug, Clone)]
pub struct Mount {
    at: Vec<String>,
    dir: Arc<Dir>,
    writable: bool,
    max_file_bytes: u64,
}

impl Mount {
    /// Mount `host_dir` at the virtual path `at`, read-only.
    ///
    /// # Errors
    /// `at` is not an absolute path of plain names, or `host_dir` cannot be opened.
    pub fn read_only(host_dir: impl AsRef<Path>, at: &str) -> Result<Self, FsError> {
        Self::open(host_dir.as_ref(), at, false)
    }

    /// Mount `host_dir` at the virtual path `at`, readable and writable.
    ///
    /// # Errors
    /// As [`read_only`](Self::read_only).
    pub fn read_write(host_dir: impl AsRef<Path>, at: &str) -> Result<Self, FsError> {
        Self::open(host_dir.as_ref(), at, true)
    }

    /// Limit the size of one file read or written (default [`DEFAULT_MAX_FILE_BYTES`]).
    #[must_use]
    pub fn max_file_bytes(mut self, bytes: u64) -> Self {
        self.max_file_bytes = bytes;
        self
    }

    fn open(host_dir: &Path, at: &str, writable: bool) -> Result<Self, FsError> {
        let components: Vec<&str> = at.split('/').skip(1).filter(|c| !c.is_empty()).collect();
        let plain = components.iter().all(|c| *c != "." && *c != ".." && !c.contains('\0'));
        if !at.starts_with('/') || !plain {
            return Err(FsError::MountPoint(at.to_owned()));
        }
        let dir = Dir::open_ambient_dir(host_dir, ambient_authority()).map_err(|source| FsError::Open {
            path: host_dir.display().to_string(),
            source,
        })?;
        Ok(Self {
            at: components.into_iter().map(str::to_owned).collect(),
            dir: Arc::new(dir),
            writable,
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
        })
    }
}

/// The mounted directories a program may use.
#[derive(Debug, Clone, Default)]
pub struct Fs {
    mounts: Vec<Mount>,
}

/// Where a virtual path leads.
enum Resolved<'a> {
    /// Inside a mount: the mount and the path relative to its directory (`.` for its root).
    File(&'a Mount, String),
    /// Above mount points (e.g. `/` when `/data` is mounted): the names below it.
    Parent(Vec<String>),
}

impl Fs {
    /// No mounts yet.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Add a mount. A later mount at the same or a deeper virtual path shadows
    /// an earlier one there.
    #[must_use]
    pub fn mount(mut self, mount: Mount) -> Self {
        self.mounts.push(mount);
        self
    }

    /// Resolve a program's path in the virtual namespace.
    fn resolve(&self, path: &str) -> Result<Resolved<'_>, HostError> {
        if path.contains('\0') {
            return Err(HostError::new("ValueError", "embedded null byte"));
        }
        if path.is_empty() {
            return Err(not_found(path));
        }
        let mut parts: Vec<&str> = Vec::new();
        for part in path.split('/') {
            match part {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                name => parts.push(name),
            }
        }
        // The deepest mount point that is a prefix of the path wins.
        let mount = self
            .mounts
            .iter()
            .enumerate()
            .filter(|(_, m)| m.at.len() <= parts.len() && m.at.iter().zip(&parts).all(|(a, b)| a == b))
            .max_by_key(|(index, m)| (m.at.len(), *index))
            .map(|(_, m)| m);
        if let Some(mount) = mount {
            let rest = parts.get(mount.at.len()..).unwrap_or_default();
            let relative = if rest.is_empty() {
                ".".to_owned()
            } else {
                rest.join("/")
            };
            return Ok(Resolved::File(mount, relative));
        }
        let mut below: Vec<String> = self
            .mounts
            .iter()
            .filter(|m| m.at.len() > parts.len() && m.at.iter().zip(&parts).all(|(a, b)| a == b))
            .filter_map(|m| m.at.get(parts.len()).cloned())
            .collect();
        if below.is_empty() {
            return Err(not_found(path));
        }
        below.sort();
        below.dedup();
        Ok(Resolved::Parent(below))
    }

    /// The text of the file at `path`.
    ///
    /// # Errors
    /// The exception the program sees (`FileNotFoundError`, `PermissionError`, ...).
    pub fn read_text(&self, path: &str) -> Result<String, HostError> {
        let Resolved::File(mount, relative) = self.resolve(path)? else {
            return Err(is_a_directory(path));
        };
        let file = mount.dir.open(&relative).map_err(|e| os_error(&e, path))?;
        let metadata = file.metadata().map_err(|e| os_error(&e, path))?;
        if metadata.is_dir() {
            return Err(is_a_directory(path));
        }
        if metadata.len() > mount.max_file_bytes {
            return Err(too_large(path, mount.max_file_bytes));
        }
        let mut bytes = Vec::new();
        file.take(mount.max_file_bytes.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| os_error(&e, path))?;
        if bytes.len() as u64 > mount.max_file_bytes {
            return Err(too_large(path, mount.max_file_bytes));
        }
        String::from_utf8(bytes).map_err(|_| HostError::new("ValueError", format!("'{path}' is not valid UTF-8 text")))
    }

    /// Write `data` to the file at `path`, replacing it; its parent directory must exist.
    ///
    /// # Errors
    /// The exception the program sees; a read-only mount is `OSError` (errno 30).
    pub fn write_text(&self, path: &str, data: &str) -> Result<(), HostError> {
        let Resolved::File(mount, relative) = self.resolve(path)? else {
            return Err(is_a_directory(path));
        };
        if !mount.writable {
            return Err(HostError::new(
                "OSError",
                format!("[Errno 30] Read-only file system: '{path}'"),
            ));
        }
        if data.len() as u64 > mount.max_file_bytes {
            return Err(too_large(path, mount.max_file_bytes));
        }
        if relative == "." {
            return Err(is_a_directory(path));
        }
        mount.dir.write(&relative, data).map_err(|e| os_error(&e, path))
    }

    /// The names in the directory at `path`, sorted.
    ///
    /// # Errors
    /// The exception the program sees.
    pub fn list_dir(&self, path: &str) -> Result<Vec<String>, HostError> {
        let (mount, relative) = match self.resolve(path)? {
            Resolved::File(mount, relative) => (mount, relative),
            Resolved::Parent(names) => return Ok(names),
        };
        let mut names = Vec::new();
        for entry in mount.dir.read_dir(&relative).map_err(|e| os_error(&e, path))? {
            let entry = entry.map_err(|e| os_error(&e, path))?;
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
        names.sort();
        Ok(names)
    }
}

#[cold]
fn not_found(path: &str) -> HostError {
    HostError::new(
        "FileNotFoundError",
        format!("[Errno 2] No such file or directory: '{path}'"),
    )
}

#[cold]
fn is_a_directory(path: &str) -> HostError {
    // Monty has no IsADirectoryError yet: OSError with CPython's errno and text.
    HostError::new("OSError", format!("[Errno 21] Is a directory: '{path}'"))
}

#[cold]
fn too_large(path: &str, limit: u64) -> HostError {
    HostError::new(
        "OSError",
        format!("[Errno 27] File too large: '{path}' (the limit is {limit} bytes)"),
    )
}

/// An I/O error as CPython words it, naming the program's path (never the host's).
#[cold]
fn os_error(error: &io::Error, path: &str) -> HostError {
    match error.kind() {
        io::ErrorKind::NotFound => not_found(path),
        io::ErrorKind::PermissionDenied => {
            HostError::new("PermissionError", format!("[Errno 13] Permission denied: '{path}'"))
        }
        io::ErrorKind::IsADirectory => is_a_directory(path),
        io::ErrorKind::NotADirectory => HostError::new("OSError", format!("[Errno 20] Not a directory: '{path}'")),
        _ => match error.raw_os_error() {
            Some(errno) => HostError::new(
                "OSError",
                format!("[Errno {errno}] {}: '{path}'", strip_os_suffix(error)),
            ),
            None => HostError::new("OSError", format!("{error}: '{path}'")),
        },
    }
}

/// `Too many levels of symbolic links (os error 40)` -> `Too many levels of symbolic links`.
fn strip_os_suffix(error: &io::Error) -> String {
    let text = error.to_string();
    match text.rfind(" (os error ") {
        Some(at) => text.get(..at).unwrap_or(&text).to_owned(),
        None => text,
    }
}

impl Capability for Fs {
    fn functions(&self) -> Vec<HostFunction> {
        let (read, write, list) = (Arc::new(self.clone()), Arc::new(self.clone()), Arc::new(self.clone()));
        vec![
            HostFunction::builder("read_text")
                .group("fs")
                .doc("The text of a file in a mounted directory (UTF-8), as Path(path).read_text().")
                .param::<String>("path", "A path under a mount point, e.g. \"/data/notes.txt\".")
                .returns::<String>()
                .build(move |mut args| {
                    let path: String = args.take(0)?;
                    Ok(MontyObject::Str(read.read_text(&path)?))
                }),
            HostFunction::builder("write_text")
                .group("fs")
                .doc(
                    "Write text to a file in a read-write mounted directory, replacing it; returns the \
                     number of characters written, as Path(path).write_text(data).",
                )
                .param::<String>("path", "A path under a read-write mount point.")
                .param::<String>("data", "The text to write.")
                .returns::<i64>()
                .build(move |mut args| {
                    let path: String = args.take(0)?;
                    let data: String = args.take(1)?;
                    write.write_text(&path, &data)?;
                    Ok(MontyObject::Int(
                        i64::try_from(data.chars().count()).unwrap_or(i64::MAX),
                    ))
                }),
            HostFunction::builder("list_dir")
                .group("fs")
                .doc("The names in a directory, sorted (as sorted(os.listdir(path))).")
                .param_with_default::<String>("path", "A directory path; the root by default.", "'/'")
                .returns::<Vec<String>>()
                .build(move |mut args| {
                    let path: String = args.take_or(0, || "/".to_owned())?;
                    let names = list.list_dir(&path)?;
                    Ok(MontyObject::List(names.into_iter().map(MontyObject::Str).collect()))
                }),
        ]
    }
}
