//! CPython's `repr()` of str and bytes: quote choice and escapes.

use std::fmt::Write as _;

/// `repr(s)` as CPython prints it: single quotes unless the text holds a single
/// quote and no double quote; non-printable characters escaped.
#[must_use]
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let code = c as u32;
                let _ = if code < 0x100 {
                    write!(out, "\\x{code:02x}")
                } else if code < 0x10000 {
                    write!(out, "\\u{code:04x}")
                } else {
                    write!(out, "\\U{code:08x}")
                };
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(b)` for bytes: `b'...'` with the same quote rule as str.
#[must_use]
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

/// Whether CPython's `str.isprintable()` holds for `c` (used by repr).
///
/// Non-printable are the Unicode categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs
/// other than the ASCII space. This approximation covers the ranges that occur
/// in practice: controls, separators, format characters and private use.
#[must_use]
pub fn is_printable(c: char) -> bool {
    let code = c as u32;
    if code < 0x20 || (0x7f..0xa0).contains(&code) {
        return false;
    }
    if c == ' ' {
        return true;
    }
    !matches!(code,
        0xa0 | 0xad | 0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f
        | 0x3000 | 0xd800..=0xf8ff | 0xfeff | 0xfff9..=0xfffb | 0xe0001 | 0xe0020..=0xe007f
        | 0xf0000..=0x10ffff | 0x110bd | 0x110cd | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a
        | 0x061c | 0x0600..=0x0605 | 0x06dd | 0x070f | 0x180e | 0x08e2)
}
