//! `html`: `escape` and `unescape` (numeric references and HTML5's named
//! character references, with the legacy names that need no `;`).

use std::collections::HashMap;
use std::sync::OnceLock;

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

/// The Windows-1252 characters that HTML5 substitutes for references to C1 controls
/// (0x80..=0x9F); `None` where 1252 leaves the code unassigned, which then stands for itself.
const C1: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{2c6}'),
    Some('\u{2030}'),
    Some('\u{160}'),
    Some('\u{2039}'),
    Some('\u{152}'),
    None,
    Some('\u{17d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{2dc}'),
    Some('\u{2122}'),
    Some('\u{161}'),
    Some('\u{203a}'),
    Some('\u{153}'),
    None,
    Some('\u{17e}'),
    Some('\u{178}'),
];

/// What a numeric reference to `n` decodes to, as HTML5 (and CPython) maps
/// invalid code points: NUL and surrogates become U+FFFD, C1 controls their
/// Windows-1252 character, other controls and noncharacters nothing.
fn numeric(n: u64, out: &mut String) {
    if let Some(Some(c)) = n.checked_sub(0x80).and_then(|i| C1.get(usize::try_from(i).ok()?)) {
        out.push(*c);
        return;
    }
    if n == 0 || (0xD800..=0xDFFF).contains(&n) || n > 0x10FFFF {
        out.push('\u{fffd}');
        return;
    }
    if n == 0x0d {
        out.push('\r');
        return;
    }
    let dropped = matches!(n, 0x1..=0x8 | 0xb | 0xe..=0x1f | 0x7f..=0x9f | 0xfdd0..=0xfdef) || n & 0xfffe == 0xfffe;
    if dropped && !(0x80..=0x9f).contains(&n) {
        return;
    }
    if let Some(c) = u32::try_from(n).ok().and_then(char::from_u32) {
        out.push(c);
    }
}

/// HTML5's named character references by name, without the `&`: `"amp;"`, and
/// for the legacy names that also match without their `;`, `"amp"` too.
fn table() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        entities::ENTITIES
            .iter()
            .map(|e| (e.entity.strip_prefix('&').unwrap_or(e.entity), e.characters))
            .collect()
    })
}

/// The replacement text of `name` (with its `;` when it has one).
fn named(name: &str) -> Option<&'static str> {
    table().get(name).copied()
}

/// Decode the reference that starts after an `&` at the start of `rest`:
/// the text it becomes and how many bytes of `rest` it used (`None`: no reference).
fn reference(rest: &str, out: &mut String) -> Option<usize> {
    if let Some(num) = rest.strip_prefix('#') {
        let dec = num.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, radix, skip) = if dec > 0 {
            (&num[..dec], 10, 1)
        } else if num.starts_with(['x', 'X']) {
            let hex = num[1..].bytes().take_while(u8::is_ascii_hexdigit).count();
            if hex == 0 {
                return None;
            }
            (&num[1..=hex], 16, 2)
        } else {
            return None;
        };
        // a number past u64 is past U+10FFFF all the same
        let n = u64::from_str_radix(digits, radix).unwrap_or(u64::MAX);
        numeric(n, out);
        let semi = usize::from(num[skip - 1 + digits.len()..].starts_with(';'));
        return Some(skip + digits.len() + semi);
    }
    // up to 32 characters of a name, then an optional `;`
    let mut end = 0;
    for (k, c) in rest.char_indices().take(32) {
        if matches!(c, '\t' | '\n' | '\x0c' | ' ' | '<' | '&' | '#' | ';') {
            break;
        }
        end = k + c.len_utf8();
    }
    if end == 0 {
        return None;
    }
    let with_semi = end + usize::from(rest[end..].starts_with(';'));
    if let Some(v) = named(&rest[..with_semi]) {
        out.push_str(v);
        return Some(with_semi);
    }
    // the longest legacy name (one without `;`) that prefixes it, the rest left as written
    let cuts: Vec<usize> = rest[..with_semi]
        .char_indices()
        .map(|(k, _)| k)
        .filter(|k| *k >= 2)
        .collect();
    for &cut in cuts.iter().rev() {
        if let Some(v) = rest.get(..cut).and_then(named) {
            out.push_str(v);
            return Some(cut);
        }
    }
    None
}

fn unescape(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let v = args.one()?;
    let s = vm.expect_str(v, "unescape() argument")?;
    if !s.contains('&') {
        return Ok(v);
    }
    vm.charge_walk(v)?;
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut i = 0;
    while let Some(at) = s[i..].find('&') {
        let amp = i + at;
        out.push_str(&s[last..amp]);
        match reference(&s[amp + 1..], &mut out) {
            Some(used) => {
                i = amp + 1 + used;
                last = i;
            }
            None => {
                out.push('&');
                i = amp + 1;
                last = i;
            }
        }
    }
    out.push_str(&s[last..]);
    vm.new_str(out)
}
