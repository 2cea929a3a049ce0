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
//! - Every operation is confined the same way: each path (both of a `rename`)
//!   is resolved in the virtual namespace, then beneath its mount's handle. A
//!   rename cannot cross mounts (errno 18), and a mount's own root cannot be
//!   removed or renamed (errno 16).
//!
//! Functions (group `fs`, defined in `fs_functions.rs`): `read_text`,
//! `read_bytes`, `write_text`, `write_bytes`, `list_dir`, `stat`, `mkdir`,
//! `remove`, `rmdir` and `rename`. They back `open()`, `pathlib` and `os.path`.

use std::io::{self, Read as _, Seek as _, SeekFrom, Write as _};
use std::path::Path;
use std::sync::Arc;

use cap_std::ambient_authority;
use cap_std::fs::{Dir, OpenOptions};
use monty_core::HostError;

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

    /// The text of the file at `path` (UTF-8).
    ///
    /// # Errors
    /// The exception the program sees (`FileNotFoundError`, `PermissionError`, ...).
    pub fn read_text(&self, path: &str) -> Result<String, HostError> {
        let bytes = self.read_bytes(path, 0, None)?;
        String::from_utf8(bytes).map_err(|_| HostError::new("ValueError", format!("'{path}' is not valid UTF-8 text")))
    }

    /// The bytes of the file at `path`: `length` bytes (all, when `None`) from `offset`.
    /// The bytes returned may not exceed the mount's size limit.
    ///
    /// # Errors
    /// The exception the program sees (`FileNotFoundError`, `PermissionError`, ...).
    pub fn read_bytes(&self, path: &str, offset: u64, length: Option<u64>) -> Result<Vec<u8>, HostError> {
        let Resolved::File(mount, relative) = self.resolve(path)? else {
            return Err(is_a_directory(path));
        };
        let mut file = mount.dir.open(&relative).map_err(|e| os_error(&e, path))?;
        let metadata = file.metadata().map_err(|e| os_error(&e, path))?;
        if metadata.is_dir() {
            return Err(is_a_directory(path));
        }
        let available = metadata.len().saturating_sub(offset);
        if length.map_or(available, |l| l.min(available)) > mount.max_file_bytes {
            return Err(too_large(path, mount.max_file_bytes));
        }
        if offset > 0 {
            file.seek(SeekFrom::Start(offset)).map_err(|e| os_error(&e, path))?;
        }
        // the file may grow meanwhile: never read past the limit
        let cap = length.unwrap_or(u64::MAX).min(mount.max_file_bytes.saturating_add(1));
        let mut bytes = Vec::new();
        file.take(cap).read_to_end(&mut bytes).map_err(|e| os_error(&e, path))?;
        if bytes.len() as u64 > mount.max_file_bytes {
            return Err(too_large(path, mount.max_file_bytes));
        }
        Ok(bytes)
    }

    /// Write `data` to the file at `path`, replacing it; its parent directory must exist.
    ///
    /// # Errors
    /// The exception the program sees; a read-only mount is `OSError` (errno 30).
    pub fn write_text(&self, path: &str, data: &str) -> Result<(), HostError> {
        self.write_bytes(path, data.as_bytes(), WriteMode::Truncate)
    }

    /// Write `data` to the file at `path` as `mode` says (replace, append, or
    /// create a new file); its parent directory must exist. After an append the
    /// file may not exceed the size limit either.
    ///
    /// # Errors
    /// The exception the program sees; a read-only mount is `OSError` (errno 30),
    /// an existing file in [`WriteMode::Exclusive`] `FileExistsError`.
    pub fn write_bytes(&self, path: &str, data: &[u8], mode: WriteMode) -> Result<(), HostError> {
        let Resolved::File(mount, relative) = self.resolve(path)? else {
            return Err(is_a_directory(path));
        };
        if !mount.writable {
            return Err(read_only(path));
        }
        if data.len() as u64 > mount.max_file_bytes {
            return Err(too_large(path, mount.max_file_bytes));
        }
        if relative == "." {
            return Err(is_a_directory(path));
        }
        let mut options = OpenOptions::new();
        options.write(true);
        match mode {
            WriteMode::Truncate => {
                options.create(true).truncate(true);
            }
            WriteMode::Append => {
                let existing = match mount.dir.metadata(&relative) {
                    Ok(m) => m.len(),
                    Err(e) if e.kind() == io::ErrorKind::NotFound => 0,
                    Err(e) => return Err(os_error(&e, path)),
                };
                if existing.saturating_add(data.len() as u64) > mount.max_file_bytes {
                    return Err(too_large(path, mount.max_file_bytes));
                }
                options.create(true).append(true);
            }
            WriteMode::Exclusive => {
                options.create_new(true);
            }
        }
        let mut file = mount
            .dir
            .open_with(&relative, &options)
            .map_err(|e| os_error(&e, path))?;
        file.write_all(data).map_err(|e| os_error(&e, path))
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

    /// What is at `path` (following symlinks that stay in the mount). The
    /// directories above mount points are empty directories of time 0.
    ///
    /// # Errors
    /// The exception the program sees (`FileNotFoundError` when nothing is there).
    pub fn stat(&self, path: &str) -> Result<FileStat, HostError> {
        let (mount, relative) = match self.resolve(path)? {
            Resolved::File(mount, relative) => (mount, relative),
            Resolved::Parent(_) => {
                return Ok(FileStat {
                    is_dir: true,
                    size: 0,
                    mtime: 0.0,
                });
            }
        };
        let metadata = if relative == "." {
            mount.dir.dir_metadata()
        } else {
            mount.dir.metadata(&relative)
        }
        .map_err(|e| os_error(&e, path))?;
        let mtime = metadata
            .modified()
            .ok()
            .and_then(|t| t.into_std().duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0.0, |d| d.as_secs_f64());
        Ok(FileStat {
            is_dir: metadata.is_dir(),
            size: metadata.len(),
            mtime,
        })
    }

    /// Create the directory `path`; with `parents`, its missing parents too.
    /// With `exist_ok`, an existing directory is not an error.
    ///
    /// # Errors
    /// The exception the program sees (`FileExistsError`, `FileNotFoundError`, errno 30).
    pub fn mkdir(&self, path: &str, parents: bool, exist_ok: bool) -> Result<(), HostError> {
        let (mount, relative) = match self.resolve(path)? {
            Resolved::File(mount, relative) if relative != "." => (mount, relative),
            _ if exist_ok => return Ok(()),
            _ => return Err(exists(path)),
        };
        let existing = mount.dir.metadata(&relative);
        if let Ok(metadata) = &existing {
            return if exist_ok && metadata.is_dir() {
                Ok(())
            } else {
                Err(exists(path))
            };
        }
        if !mount.writable {
            return Err(read_only(path));
        }
        let made = if parents {
            mount.dir.create_dir_all(&relative)
        } else {
            mount.dir.create_dir(&relative)
        };
        made.map_err(|e| os_error(&e, path))
    }

    /// Remove the file at `path` (not a directory).
    ///
    /// # Errors
    /// The exception the program sees (`IsADirectoryError` for a directory).
    pub fn remove(&self, path: &str) -> Result<(), HostError> {
        let (mount, relative) = self.changeable(path, is_a_directory)?;
        mount.dir.remove_file(&relative).map_err(|e| os_error(&e, path))
    }

    /// Remove the empty directory at `path`.
    ///
    /// # Errors
    /// The exception the program sees (`OSError` errno 39 when it is not empty).
    pub fn rmdir(&self, path: &str) -> Result<(), HostError> {
        let (mount, relative) = self.changeable(path, busy)?;
        mount.dir.remove_dir(&relative).map_err(|e| os_error(&e, path))
    }

    /// Rename `src` to `dst`, both in the same mount; an existing file at `dst` is replaced.
    ///
    /// # Errors
    /// The exception the program sees; across mounts `OSError` errno 18.
    pub fn rename(&self, src: &str, dst: &str) -> Result<(), HostError> {
        let both = format!("{src}' -> '{dst}");
        if src.contains('\0') || dst.contains('\0') {
            return Err(HostError::new("ValueError", "embedded null byte"));
        }
        let (from_mount, from) = self.changeable(src, |_| busy(&both))?;
        let (to_mount, to) = self.changeable(dst, |_| busy(&both))?;
        if !std::ptr::eq(from_mount, to_mount) {
            return Err(HostError::new(
                "OSError",
                format!("[Errno 18] Invalid cross-device link: '{both}'"),
            ));
        }
        from_mount
            .dir
            .rename(&from, &to_mount.dir, &to)
            .map_err(|e| os_error(&e, &both))
    }

    /// The mount and relative path of `path` for a change that needs a writable
    /// mount and cannot apply to a mount's own root (`at_root` says why).
    fn changeable(&self, path: &str, at_root: impl Fn(&str) -> HostError) -> Result<(&Mount, String), HostError> {
        match self.resolve(path)? {
            Resolved::File(mount, relative) if relative != "." => {
                if mount.writable {
                    Ok((mount, relative))
                } else {
                    Err(read_only(path))
                }
            }
            _ => Err(at_root(path)),
        }
    }
}

/// How [`Fs::write_bytes`] treats the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteMode {
    /// Create it, or replace what it held (`'w'`).
    Truncate,
    /// Create it, or add at its end (`'a'`).
    Append,
    /// Create it; it must not exist yet (`'x'`).
    Exclusive,
}

impl WriteMode {
    /// The mode named `'w'`, `'a'` or `'x'`.
    ///
    /// # Errors
    /// Any other string (`ValueError`).
    pub fn from_name(mode: &str) -> Result<Self, HostError> {
        match mode {
            "w" => Ok(Self::Truncate),
            "a" => Ok(Self::Append),
            "x" => Ok(Self::Exclusive),
            _ => Err(HostError::new(
                "ValueError",
                format!("mode must be 'w', 'a' or 'x', not '{mode}'"),
            )),
        }
    }
}

/// What [`Fs::stat`] reports of a path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FileStat {
    /// A directory (otherwise a file).
    pub is_dir: bool,
    /// The size in bytes.
    pub size: u64,
    /// The time of the last change, in seconds since the Unix epoch.
    pub mtime: f64,
}

#[cold]
fn read_only(path: &str) -> HostError {
    HostError::new("OSError", format!("[Errno 30] Read-only file system: '{path}'"))
}

#[cold]
fn exists(path: &str) -> HostError {
    HostError::new("FileExistsError", format!("[Errno 17] File exists: '{path}'"))
}

#[cold]
fn busy(path: &str) -> HostError {
    HostError::new("OSError", format!("[Errno 16] Device or resource busy: '{path}'"))
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
    HostError::new("IsADirectoryError", format!("[Errno 21] Is a directory: '{path}'"))
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
        io::ErrorKind::NotADirectory => {
            HostError::new("NotADirectoryError", format!("[Errno 20] Not a directory: '{path}'"))
        }
        io::ErrorKind::AlreadyExists => exists(path),
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
