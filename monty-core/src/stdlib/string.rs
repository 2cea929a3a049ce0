//! `_string`: the character-class constants and `capwords` of `string` (`py/string.py`).

use super::{Member, ModuleSpec};
use crate::builtins::args::Args;
use crate::exceptions::RunResult;
use crate::object::value::Value;
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        (
            "ascii_letters",
            Member::Str("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        ),
        ("ascii_lowercase", Member::Str("abcdefghijklmnopqrstuvwxyz")),
        ("ascii_uppercase", Member::Str("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        ("digits", Member::Str("0123456789")),
        ("hexdigits", Member::Str("0123456789abcdefABCDEF")),
        ("octdigits", Member::Str("01234567")),
        ("punctuation", Member::Str("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")),
        (
            "printable",
            Member::Str(
                "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c",
            ),
        ),
        ("whitespace", Member::Str(" \t\n\r\x0b\x0c")),
        ("capwords", Member::Fn(capwords)),
    ],
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
    ]),
};

/// `capwords(s, sep=None)`: split, capitalize each word, join.
fn capwords(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let sep_kw = args.take_kw(vm, "sep");
    args.finish_kw(vm)?;
    let a = args.range(1, 2)?.to_vec();
    let s = vm.expect_str(a[0], "capwords() argument")?;
    let sep = match a.get(1).copied().or(sep_kw) {
        Some(Value::None) | None => None,
        Some(v) => Some(vm.expect_str(v, "sep")?),
    };
    let cap = |w: &str| {
        let mut c = w.chars();
        match c.next() {
            Some(f) => f
                .to_uppercase()
                .chain(c.flat_map(char::to_lowercase))
                .collect::<String>(),
            None => String::new(),
        }
    };
    let out = match &sep {
        None => s.split_whitespace().map(cap).collect::<Vec<_>>().join(" "),
        Some(sep) => s.split(sep.as_str()).map(cap).collect::<Vec<_>>().join(sep),
    };
    vm.new_str(out)
}
