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
