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

/// The spec of a module written in Python whose `__all__` is `all` (what `from m import *` binds).
const fn python_all(source: &'static str, all: &'static [&'static str]) -> ModuleSpec {
    ModuleSpec {
        members: &[],
        all: Some(all),
        source: Some(source),
    }
}

pub(super) static DATACLASSES: ModuleSpec = python(include_str!("py/dataclasses.py"));
pub(super) static TYPING: ModuleSpec = python(include_str!("py/typing.py"));
pub(super) static ABC: ModuleSpec = python(include_str!("py/abc.py"));
pub(super) static ENUM: ModuleSpec = python(include_str!("py/enum.py"));
pub(super) static NAMEDTUPLE: ModuleSpec = python(include_str!("py/_namedtuple.py"));
pub(super) static ASYNCIO: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&[
        "run",
        "sleep",
        "gather",
        "create_task",
        "ensure_future",
        "wait_for",
        "wait",
        "as_completed",
        "shield",
        "timeout",
        "Future",
        "Task",
        "Lock",
        "Event",
        "Semaphore",
        "BoundedSemaphore",
        "Queue",
        "PriorityQueue",
        "LifoQueue",
        "QueueEmpty",
        "QueueFull",
        "CancelledError",
        "InvalidStateError",
        "TimeoutError",
        "get_event_loop",
        "get_running_loop",
        "new_event_loop",
        "set_event_loop",
        "current_task",
        "all_tasks",
        "iscoroutine",
        "iscoroutinefunction",
        "to_thread",
        "FIRST_COMPLETED",
        "FIRST_EXCEPTION",
        "ALL_COMPLETED",
    ]),
    source: Some(include_str!("py/asyncio.py")),
};
pub(super) static COLLECTIONS: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&[
        "ChainMap",
        "Counter",
        "OrderedDict",
        "UserDict",
        "UserList",
        "UserString",
        "defaultdict",
        "deque",
        "namedtuple",
    ]),
    source: Some(include_str!("py/collections.py")),
};
pub(super) static DATETIME: ModuleSpec = python(include_str!("py/datetime.py"));
pub(super) static TIME: ModuleSpec = python(include_str!("py/time.py"));
pub(super) static OS_PATH: ModuleSpec = python(include_str!("py/os_path.py"));
pub(super) static PATHLIB: ModuleSpec = python(include_str!("py/pathlib.py"));
pub(super) static OS: ModuleSpec = python(include_str!("py/os.py"));
pub(super) static DATEFMT: ModuleSpec = python(include_str!("py/_datefmt.py"));
pub(super) static COLLECTIONS_ABC: ModuleSpec = python_all(
    include_str!("py/collections_abc.py"),
    &[
        "Hashable",
        "Iterable",
        "Iterator",
        "Reversible",
        "Generator",
        "Sized",
        "Container",
        "Callable",
        "Collection",
        "Sequence",
        "MutableSequence",
        "Set",
        "MutableSet",
        "Mapping",
        "MutableMapping",
        "MappingView",
        "KeysView",
        "ItemsView",
        "ValuesView",
        "Awaitable",
        "Coroutine",
        "AsyncIterable",
        "AsyncIterator",
        "AsyncGenerator",
        "ByteString",
    ],
);
/// A package with no members of its own, only submodules (`urllib`).
pub(super) static PACKAGE: ModuleSpec = ModuleSpec {
    members: &[],
    all: None,
    source: None,
};
pub(super) static URLLIB_PARSE: ModuleSpec = python_all(
    include_str!("py/urllib_parse.py"),
    &[
        "urlparse",
        "urlunparse",
        "urljoin",
        "urldefrag",
        "urlsplit",
        "urlunsplit",
        "urlencode",
        "parse_qs",
        "parse_qsl",
        "quote",
        "quote_plus",
        "quote_from_bytes",
        "unquote",
        "unquote_plus",
        "unquote_to_bytes",
        "DefragResult",
        "ParseResult",
        "SplitResult",
    ],
);
pub(super) static IO: ModuleSpec = python_all(
    include_str!("py/io.py"),
    &[
        "StringIO",
        "BytesIO",
        "UnsupportedOperation",
        "SEEK_SET",
        "SEEK_CUR",
        "SEEK_END",
    ],
);
pub(super) static PRIVATE_IO: ModuleSpec = python(include_str!("py/_io.py"));
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
/// `sys` has no `__all__`: `from sys import *` binds its public names.
pub(super) static SYS: ModuleSpec = python_all(
    include_str!("py/sys.py"),
    &[
        "version_info",
        "version",
        "hexversion",
        "api_version",
        "maxsize",
        "maxunicode",
        "byteorder",
        "platform",
        "argv",
        "orig_argv",
        "dont_write_bytecode",
        "float_repr_style",
        "stdout",
        "stderr",
        "exit",
        "getrecursionlimit",
        "setrecursionlimit",
        "getdefaultencoding",
        "intern",
    ],
);
pub(super) static WARNINGS: ModuleSpec = python_all(
    include_str!("py/warnings.py"),
    &[
        "warn",
        "showwarning",
        "formatwarning",
        "filterwarnings",
        "simplefilter",
        "resetwarnings",
        "catch_warnings",
    ],
);
pub(super) static FRACTIONS: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&["Fraction"]),
    source: Some(include_str!("py/fractions.py")),
};
pub(super) static STATISTICS: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&[
        "StatisticsError",
        "fmean",
        "geometric_mean",
        "harmonic_mean",
        "mean",
        "median",
        "median_grouped",
        "median_high",
        "median_low",
        "mode",
        "multimode",
        "pstdev",
        "pvariance",
        "quantiles",
        "stdev",
        "variance",
    ]),
    source: Some(include_str!("py/statistics.py")),
};
pub(super) static DECIMAL: ModuleSpec = ModuleSpec {
    members: &[],
    all: Some(&[
        "Decimal",
        "Context",
        "DecimalTuple",
        "DefaultContext",
        "BasicContext",
        "ExtendedContext",
        "DecimalException",
        "Clamped",
        "InvalidOperation",
        "DivisionByZero",
        "Inexact",
        "Rounded",
        "Subnormal",
        "Overflow",
        "Underflow",
        "FloatOperation",
        "DivisionImpossible",
        "InvalidContext",
        "ConversionSyntax",
        "DivisionUndefined",
        "ROUND_DOWN",
        "ROUND_HALF_UP",
        "ROUND_HALF_EVEN",
        "ROUND_CEILING",
        "ROUND_FLOOR",
        "ROUND_UP",
        "ROUND_HALF_DOWN",
        "ROUND_05UP",
        "setcontext",
        "getcontext",
        "localcontext",
        "MAX_PREC",
        "MAX_EMAX",
        "MIN_EMIN",
        "MIN_ETINY",
        "HAVE_THREADS",
        "HAVE_CONTEXTVAR",
    ]),
    source: Some(include_str!("py/decimal.py")),
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
pub(super) static COLLECTIONS_USER: ModuleSpec = python(include_str!("py/_collections_user.py"));
pub(super) static NUMBERS: ModuleSpec = python_all(
    include_str!("py/numbers.py"),
    &["Number", "Complex", "Real", "Rational", "Integral"],
);
pub(super) static FUNCTOOLS: ModuleSpec = python_all(
    include_str!("py/functools.py"),
    &[
        "update_wrapper",
        "wraps",
        "WRAPPER_ASSIGNMENTS",
        "WRAPPER_UPDATES",
        "reduce",
        "partial",
        "lru_cache",
        "cache",
    ],
);
pub(super) static ITERTOOLS: ModuleSpec = python_all(
    include_str!("py/itertools.py"),
    &[
        "accumulate",
        "chain",
        "combinations",
        "combinations_with_replacement",
        "compress",
        "count",
        "cycle",
        "dropwhile",
        "filterfalse",
        "groupby",
        "islice",
        "pairwise",
        "permutations",
        "product",
        "repeat",
        "starmap",
        "takewhile",
        "tee",
        "zip_longest",
    ],
);
pub(super) static TYPING_EXTENSIONS: ModuleSpec = python(include_str!("py/typing_extensions.py"));
pub(super) static RANDOM: ModuleSpec = python_all(
    include_str!("py/random.py"),
    &[
        "Random",
        "SystemRandom",
        "seed",
        "random",
        "uniform",
        "randint",
        "randrange",
        "choice",
        "choices",
        "shuffle",
        "sample",
        "getrandbits",
        "gauss",
        "expovariate",
        "triangular",
        "getstate",
        "setstate",
    ],
);
pub(super) static SECRETS: ModuleSpec = python(include_str!("py/secrets.py"));
