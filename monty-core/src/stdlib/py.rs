//! Stdlib modules written in Python, embedded in the binary.
//!
//! A module here is compiled by Monty's own compiler into every program that
//! imports it (see `compile/lib.rs`); `import` runs its body once per run, on
//! the VM's frame stack. To add one: write `py/<name>.py`, add its spec below
//! with [`python`], and a line `Name => "<name>" => py::NAME` to the module
//! table in `stdlib.rs`. Native helpers go in a private native module (`_name`)
//! that the Python source imports.

use super::ModuleSpec;

/// The spec of a module written in Python: no native members, only source.
const fn python(source: &'static str) -> ModuleSpec {
    ModuleSpec {
        members: &[],
        all: None,
        source: Some(source),
    }
}

pub(super) static DATACLASSES: ModuleSpec = python(include_str!("py/dataclasses.py"));
pub(super) static TYPING: ModuleSpec = python(include_str!("py/typing.py"));
pub(super) static ABC: ModuleSpec = python(include_str!("py/abc.py"));
pub(super) static ENUM: ModuleSpec = python(include_str!("py/enum.py"));
pub(super) static NAMEDTUPLE: ModuleSpec = python(include_str!("py/_namedtuple.py"));
pub(super) static COLLECTIONS: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&["Counter", "defaultdict", "OrderedDict", "deque", "namedtuple"]),
    source: Some(include_str!("py/collections.py")),
};
pub(super) static HASHLIB: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&[
        "md5",
        "sha1",
        "sha224",
        "sha256",
        "sha384",
        "sha512",
        "blake2b",
        "blake2s",
        "sha3_224",
        "sha3_256",
        "sha3_384",
        "sha3_512",
        "shake_128",
        "shake_256",
        "new",
        "algorithms_guaranteed",
        "algorithms_available",
        "pbkdf2_hmac",
    ]),
    source: Some(include_str!("py/hashlib.py")),
};
pub(super) static HMAC: ModuleSpec = python(include_str!("py/hmac.py"));
pub(super) static STRUCT: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&[
        "calcsize",
        "pack",
        "pack_into",
        "unpack",
        "unpack_from",
        "iter_unpack",
        "Struct",
        "error",
    ]),
    source: Some(include_str!("py/struct.py")),
};
pub(super) static UUID: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&[
        "UUID",
        "SafeUUID",
        "uuid1",
        "uuid3",
        "uuid4",
        "uuid5",
        "NAMESPACE_DNS",
        "NAMESPACE_URL",
        "NAMESPACE_OID",
        "NAMESPACE_X500",
        "RESERVED_NCS",
        "RFC_4122",
        "RESERVED_MICROSOFT",
        "RESERVED_FUTURE",
    ]),
    source: Some(include_str!("py/uuid.py")),
};
