//! `html`: `escape` and `unescape` (numeric references and common named entities).

use super::{Member, ModuleSpec};
use crate::builtins::args::Args;
use crate::exceptions::RunResult;
use crate::object::value::Value;
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    members: &[("escape", Member::Fn(escape)), ("unescape", Member::Fn(unescape))],
    all: Some(&["escape", "unescape"]),
    source: None,
};

/// Named entities known to `unescape` (a subset of HTML5's table).
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("copy", '\u{a9}'),
    ("reg", '\u{ae}'),
    ("trade", '\u{2122}'),
    ("hellip", '\u{2026}'),
    ("mdash", '\u{2014}'),
    ("ndash", '\u{2013}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201c}'),
    ("rdquo", '\u{201d}'),
    ("euro", '\u{20ac}'),
    ("pound", '\u{a3}'),
    ("yen", '\u{a5}'),
    ("cent", '\u{a2}'),
    ("sect", '\u{a7}'),
    ("deg", '\u{b0}'),
    ("times", '\u{d7}'),
    ("divide", '\u{f7}'),
    ("laquo", '\u{ab}'),
    ("raquo", '\u{bb}'),
    ("middot", '\u{b7}'),
    ("bull", '\u{2022}'),
];

fn escape(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let quote_kw = args.take_kw(vm, "quote");
    args.finish_kw(vm)?;
    let a = args.range(1, 2)?.to_vec();
    let s = vm.expect_str(a[0], "escape() argument")?;
    let quote = match a.get(1).copied().or(quote_kw) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    vm.heap.check_alloc(s.len() * 2)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quote => out.push_str("&quot;"),
            '\'' if quote => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    vm.new_str(out)
}

/// A numeric reference's character, as CPython maps invalid code points.
fn numeric(n: u32) -> Option<char> {
    if n == 0 || (0xD800..=0xDFFF).contains(&n) || n > 0x10FFFF {
        return Some('\u{fffd}');
    }
    if n == 0x0d {
        return Some('\r');
    }
    char::from_u32(n)
}

fn unescape(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let v = args.one()?;
    let s = vm.expect_str(v, "unescape() argument")?;
    if !s.contains('&') {
        return Ok(v);
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut last = 0;
    while i < b.len() {
        if b[i] != b'&' {
            i += 1;
            continue;
        }
        let rest = &s[i + 1..];
        let mut replaced: Option<(char, usize)> = None;
        if let Some(num) = rest.strip_prefix('#') {
            let (hex, digits_from) = match num.as_bytes().first() {
                Some(b'x' | b'X') => (true, 2),
                _ => (false, 1),
            };
            let body = &rest[digits_from..];
            let len = body
                .bytes()
                .take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() })
                .count();
            if len > 0 {
                let n = u32::from_str_radix(&body[..len], if hex { 16 } else { 10 }).unwrap_or(u32::MAX);
                let semi = usize::from(body[len..].starts_with(';'));
                if let Some(c) = numeric(n) {
                    replaced = Some((c, 1 + digits_from + len + semi));
                }
            }
        } else {
            for (name, c) in NAMED {
                if rest.starts_with(name) && rest[name.len()..].starts_with(';') {
                    replaced = Some((*c, 1 + name.len() + 1));
                    break;
                }
            }
        }
        if let Some((c, used)) = replaced {
            out.push_str(&s[last..i]);
            out.push(c);
            i += used;
            last = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&s[last..]);
    vm.new_str(out)
}
