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
pub(super) static COLLECTIONS_ABC: ModuleSpec = python(include_str!("py/collections_abc.py"));
/// A package with no members of its own, only submodules (`urllib`).
pub(super) static PACKAGE: ModuleSpec = ModuleSpec {
    members: &[],
    all: None,
    source: None,
};
pub(super) static URLLIB_PARSE: ModuleSpec = python(include_str!("py/urllib_parse.py"));
pub(super) static IO: ModuleSpec = python(include_str!("py/io.py"));
pub(super) static CSV: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&[
        "QUOTE_MINIMAL",
        "QUOTE_ALL",
        "QUOTE_NONNUMERIC",
        "QUOTE_NONE",
        "Error",
        "Dialect",
        "excel",
        "excel_tab",
        "field_size_limit",
        "reader",
        "writer",
        "register_dialect",
        "get_dialect",
        "list_dialects",
        "unregister_dialect",
        "DictReader",
        "DictWriter",
        "unix_dialect",
    ]),
    source: Some(include_str!("py/csv.py")),
};
pub(super) static PPRINT: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&[
        "pprint",
        "pformat",
        "isreadable",
        "isrecursive",
        "saferepr",
        "PrettyPrinter",
        "pp",
    ]),
    source: Some(include_str!("py/pprint.py")),
};
pub(super) static TEXTWRAP: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]),
    source: Some(include_str!("py/textwrap.py")),
};
pub(super) static STRING: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&[
        "ascii_letters",
        "ascii_lowercase",
        "ascii_uppercase",
        "capwords",
        "digits",
        "hexdigits",
        "octdigits",
        "printable",
        "punctuation",
        "whitespace",
        "Formatter",
        "Template",
    ]),
    source: Some(include_str!("py/string.py")),
};
pub(super) static SYS: ModuleSpec = python(include_str!("py/sys.py"));
pub(super) static WARNINGS: ModuleSpec = python(include_str!("py/warnings.py"));
