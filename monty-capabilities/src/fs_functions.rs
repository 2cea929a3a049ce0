//! The host functions of [`Fs`] (group `fs`): thin bindings of its methods,
//! which hold every confinement check (see the SECURITY header of `fs.rs`).
//! `open()`, `pathlib` and `os.path` in the sandbox are Python source built on
//! these few functions.

use std::sync::Arc;

use monty_core::{HostError, MontyObject};
use serde_json::json;

use crate::capability::Capability;
use crate::fs::{Fs, WriteMode};
use crate::function::{BoundArgs, HostFunction, Param};

const PATH_DOC: &str = "A path under a mount point, e.g. \"/data/notes.txt\".";

/// A `bytes` parameter (the builder's typed parameters have no bytes type).
fn bytes_param(name: &str, doc: &str) -> Param {
    Param {
        name: name.to_owned(),
        py_type: "bytes".to_owned(),
        default: None,
        doc: doc.to_owned(),
        schema: json!({"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 255}}),
    }
}

/// Take a `bytes` argument.
fn take_bytes(args: &mut BoundArgs, index: usize, function: &str, name: &str) -> Result<Vec<u8>, HostError> {
    match args.take_raw(index) {
        Some(MontyObject::Bytes(b)) => Ok(b),
        other => {
            let got = other.as_ref().map_or("NoneType", crate::convert::type_name);
            Err(HostError::new(
                "TypeError",
                format!("{function}() argument '{name}' must be bytes, not {got}"),
            ))
        }
    }
}

fn count(n: usize) -> MontyObject {
    MontyObject::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

fn size(n: u64) -> MontyObject {
    MontyObject::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

impl Capability for Fs {
    #[allow(clippy::too_many_lines)] // one builder per function, side by side
    fn functions(&self) -> Vec<HostFunction> {
        let fs = Arc::new(self.clone());
        let [read, read_b, write, write_b, list, stat, mkdir, remove, rmdir, rename] =
            std::array::from_fn(|_| Arc::clone(&fs));
        vec![
            HostFunction::builder("read_text")
                .group("fs")
                .doc("The text of a file in a mounted directory (UTF-8), as Path(path).read_text().")
                .param::<String>("path", PATH_DOC)
                .returns::<String>()
                .build(move |mut args| {
                    let path: String = args.take(0)?;
                    Ok(MontyObject::Str(read.read_text(&path)?))
                }),
            HostFunction::builder("read_bytes")
                .group("fs")
                .doc(
                    "The bytes of a file in a mounted directory: `length` bytes (all when None) from \
                     `offset`, as Path(path).read_bytes().",
                )
                .param::<String>("path", PATH_DOC)
                .param_with_default::<u64>("offset", "Where to start, in bytes.", "0")
                .param_with_default::<Option<u64>>("length", "How many bytes at most; None for the rest.", "None")
                .returns_spec("bytes", json!({"type": "array", "items": {"type": "integer"}}))
                .build(move |mut args| {
                    let path: String = args.take(0)?;
                    let offset: u64 = args.take_or(1, || 0)?;
                    let length: Option<u64> = args.take_or(2, || None)?;
                    Ok(MontyObject::Bytes(read_b.read_bytes(&path, offset, length)?))
                }),
            HostFunction::builder("write_text")
                .group("fs")
                .doc(
                    "Write text (UTF-8) to a file in a read-write mounted directory: mode 'w' replaces it, \
                     'a' appends, 'x' creates a new file; returns the number of characters written, as \
                     Path(path).write_text(data).",
                )
                .param::<String>("path", "A path under a read-write mount point.")
                .param::<String>("data", "The text to write.")
                .param_with_default::<String>("mode", "'w' (replace), 'a' (append) or 'x' (new file).", "'w'")
                .returns::<i64>()
                .build(move |mut args| {
                    let path: String = args.take(0)?;
                    let data: String = args.take(1)?;
                    let mode = WriteMode::from_name(&args.take_or(2, || "w".to_owned())?)?;
                    write.write_bytes(&path, data.as_bytes(), mode)?;
                    Ok(count(data.chars().count()))
                }),
            HostFunction::builder("write_bytes")
                .group("fs")
                .doc(
                    "Write bytes to a file in a read-write mounted directory: mode 'w' replaces it, 'a' \
                     appends, 'x' creates a new file; returns the number of bytes written.",
                )
                .param::<String>("path", "A path under a read-write mount point.")
                .param_spec(bytes_param("data", "The bytes to write."))
                .param_with_default::<String>("mode", "'w' (replace), 'a' (append) or 'x' (new file).", "'w'")
                .returns::<i64>()
                .build(move |mut args| {
                    let path: String = args.take(0)?;
                    let data = take_bytes(&mut args, 1, "write_bytes", "data")?;
                    let mode = WriteMode::from_name(&args.take_or(2, || "w".to_owned())?)?;
                    write_b.write_bytes(&path, &data, mode)?;
                    Ok(count(data.len()))
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
            HostFunction::builder("stat")
                .group("fs")
                .doc(
                    "What is at a path: {'is_dir': bool, 'size': int, 'mtime': float}; FileNotFoundError \
                     when nothing is there.",
                )
                .param::<String>("path", PATH_DOC)
                .returns_spec(
                    "dict[str, bool | int | float]",
                    json!({"type": "object", "properties": {
                        "is_dir": {"type": "boolean"}, "size": {"type": "integer"}, "mtime": {"type": "number"}
                    }}),
                )
                .build(move |mut args| {
                    let path: String = args.take(0)?;
                    let st = stat.stat(&path)?;
                    Ok(MontyObject::Dict(vec![
                        (MontyObject::Str("is_dir".to_owned()), MontyObject::Bool(st.is_dir)),
                        (MontyObject::Str("size".to_owned()), size(st.size)),
                        (MontyObject::Str("mtime".to_owned()), MontyObject::Float(st.mtime)),
                    ]))
                }),
            HostFunction::builder("mkdir")
                .group("fs")
                .doc("Create a directory in a read-write mount, as Path(path).mkdir(parents, exist_ok).")
                .param::<String>("path", "A path under a read-write mount point.")
                .param_with_default::<bool>("parents", "Create missing parent directories too.", "False")
                .param_with_default::<bool>("exist_ok", "An existing directory is not an error.", "False")
                .returns::<()>()
                .build(move |mut args| {
                    let path: String = args.take(0)?;
                    let parents: bool = args.take_or(1, || false)?;
                    let exist_ok: bool = args.take_or(2, || false)?;
                    mkdir.mkdir(&path, parents, exist_ok)?;
                    Ok(MontyObject::None)
                }),
            HostFunction::builder("remove")
                .group("fs")
                .doc("Remove a file in a read-write mount, as os.remove(path).")
                .param::<String>("path", "A path under a read-write mount point.")
                .returns::<()>()
                .build(move |mut args| {
                    let path: String = args.take(0)?;
                    remove.remove(&path)?;
                    Ok(MontyObject::None)
                }),
            HostFunction::builder("rmdir")
                .group("fs")
                .doc("Remove an empty directory in a read-write mount, as os.rmdir(path).")
                .param::<String>("path", "A path under a read-write mount point.")
                .returns::<()>()
                .build(move |mut args| {
                    let path: String = args.take(0)?;
                    rmdir.rmdir(&path)?;
                    Ok(MontyObject::None)
                }),
            HostFunction::builder("rename")
                .group("fs")
                .doc("Rename a file or directory within one read-write mount, as os.rename(src, dst).")
                .param::<String>("src", "The path to rename.")
                .param::<String>("dst", "Its new path, in the same mount.")
                .returns::<()>()
                .build(move |mut args| {
                    let src: String = args.take(0)?;
                    let dst: String = args.take(1)?;
                    rename.rename(&src, &dst)?;
                    Ok(MontyObject::None)
                }),
        ]
    }
}
