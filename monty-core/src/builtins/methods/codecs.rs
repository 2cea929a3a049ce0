//! The text codecs of `str.encode`, `bytes.decode`/`bytearray.decode`,
//! `str(b, encoding)` and `bytes(s, encoding)`: utf-8 (and utf-8-sig),
//! utf-16 and utf-32 (with BOM, or fixed -le/-be), ascii, latin-1 and cp1252,
//! with the error handlers strict, ignore, replace, backslashreplace,
//! xmlcharrefreplace and namereplace (encode) and surrogateescape (encode; on decode only
//! while no byte needs escaping, since a Rust string cannot hold a lone surrogate).

use super::super::args::Args;
use super::bytes::data;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::value::Value;
use crate::vm::Vm;

/// Byte order of a utf-16/utf-32 codec: `Bom` writes a BOM and reads one if present.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Bom,
    Le,
    Be,
}

/// A codec this module knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    Utf16(Order),
    Utf32(Order),
}

/// cp1252's characters for 0x80..=0x9F (`None`: undefined); other bytes are latin-1.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20AC}'),
    None,
    Some('\u{201A}'),
    Some('\u{0192}'),
    Some('\u{201E}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02C6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017D}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201C}'),
    Some('\u{201D}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02DC}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203A}'),
    Some('\u{0153}'),
    None,
    Some('\u{017E}'),
    Some('\u{0178}'),
];

fn cp1252_decode(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
        _ => Some(char::from(b)),
    }
}

fn cp1252_encode(c: char) -> Option<u8> {
    let code = c as u32;
    if code < 0x80 || (0xA0..0x100).contains(&code) {
        return u8::try_from(code).ok();
    }
    let pos = CP1252_HIGH.iter().position(|&x| x == Some(c))?;
    u8::try_from(pos + 0x80).ok()
}

impl Codec {
    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
            Codec::Utf16(Order::Be) => "utf-16-be",
            Codec::Utf16(_) => "utf-16-le",
            Codec::Utf32(Order::Be) => "utf-32-be",
            Codec::Utf32(_) => "utf-32-le",
        }
    }

    /// For the single-byte codecs, the byte of `c` (None: not encodable).
    fn byte_of(self, c: char) -> Option<u8> {
        let code = c as u32;
        match self {
            Codec::Ascii if code < 0x80 => u8::try_from(code).ok(),
            Codec::Latin1 => u8::try_from(code).ok(),
            Codec::Cp1252 => cp1252_encode(c),
            _ => None,
        }
    }

    /// The reason in an encode error of a single-byte codec.
    fn encode_reason(self) -> &'static str {
        match self {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            _ => "character maps to <undefined>",
        }
    }
}

fn lookup_codec(name: &str) -> RunResult<Codec> {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "us" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100" => {
            Codec::Latin1
        }
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Order::Bom),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Order::Le),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Order::Be),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Order::Bom),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Order::Le),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Order::Be),
        "rot13" | "rot_13" | "base64" | "base_64" | "hex" | "zlib" | "bz2" | "quopri" | "uu" => {
            return Err(exc(
                ExcType::LookupError,
                format!("'{name}' is not a text encoding; use codecs.encode() to handle arbitrary codecs"),
            ));
        }
        _ => return Err(exc(ExcType::LookupError, format!("unknown encoding: {name}"))),
    })
}

/// The codec and error handler named by optional `encoding`/`errors` argument values.
fn codec_from(vm: &Vm<'_, '_>, enc: Option<Value>, errors: Option<Value>, fname: &str) -> RunResult<(Codec, String)> {
    let text = |v: Option<Value>, what: &str, default: &str| -> RunResult<String> {
        match v {
            None => Ok(default.to_owned()),
            Some(v) => vm.str_of(v).map(str::to_owned).ok_or_else(|| {
                exc(
                    ExcType::TypeError,
                    format!("{fname}() argument '{what}' must be str, not {}", vm.type_name(v)),
                )
            }),
        }
    };
    let enc = text(enc, "encoding", "utf-8")?;
    let errors = text(errors, "errors", "strict")?;
    Ok((lookup_codec(&enc)?, errors))
}

fn unknown_handler(errors: &str) -> RunError {
    exc(ExcType::LookupError, format!("unknown error handler name '{errors}'"))
}

fn escape_char(c: char) -> String {
    let code = c as u32;
    if code < 0x100 {
        format!("\\x{code:02x}")
    } else if code < 0x10000 {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    }
}

/// Encode `s` with a single-byte codec, applying `errors` to each run of unencodable characters.
fn encode_single(codec: Codec, s: &str, errors: &str) -> RunResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = codec.byte_of(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && codec.byte_of(chars[end]).is_none() {
            end += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let what = if end - i == 1 {
                    format!("character '{}' in position {i}", escape_char(chars[i]))
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                return Err(exc(
                    ExcType::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what}: {}",
                        codec.name(),
                        codec.encode_reason()
                    ),
                ));
            }
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "ignore" => {}
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "namereplace" => {
                for &c in &chars[i..end] {
                    let esc = match unicode_names2::name(c) {
                        Some(name) => format!("\\N{{{name}}}"),
                        None => escape_char(c),
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

/// Encode `s` (no Rust string holds a lone surrogate, so the Unicode codecs never fail).
fn encode_with(codec: Codec, s: &str, errors: &str) -> RunResult<Vec<u8>> {
    Ok(match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Utf8Sig => [b"\xef\xbb\xbf".as_slice(), s.as_bytes()].concat(),
        Codec::Utf16(order) => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if order == Order::Bom {
                out.extend_from_slice(&[0xFF, 0xFE]);
            }
            for unit in s.encode_utf16() {
                out.extend_from_slice(&if order == Order::Be {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                });
            }
            out
        }
        Codec::Utf32(order) => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if order == Order::Bom {
                out.extend_from_slice(&[0xFF, 0xFE, 0, 0]);
            }
            for c in s.chars() {
                let code = c as u32;
                out.extend_from_slice(&if order == Order::Be {
                    code.to_be_bytes()
                } else {
                    code.to_le_bytes()
                });
            }
            out
        }
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => encode_single(codec, s, errors)?,
    })
}

/// One decoding step at `b[i..]`: a character and the bytes it took, or the
/// length and reason of an undecodable run.
type Step = Result<(char, usize), (usize, &'static str)>;

fn utf16_step(b: &[u8], i: usize, be: bool) -> Step {
    let unit = |j: usize| -> Option<u16> {
        let pair = [*b.get(j)?, *b.get(j + 1)?];
        Some(if be {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        })
    };
    let Some(u) = unit(i) else {
        return Err((b.len() - i, "truncated data"));
    };
    match u {
        0xD800..=0xDBFF => match unit(i + 2) {
            None => Err((b.len() - i, "unexpected end of data")),
            Some(lo @ 0xDC00..=0xDFFF) => {
                let code = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(lo) - 0xDC00);
                Ok((char::from_u32(code).unwrap_or('\u{FFFD}'), 4))
            }
            Some(_) => Err((2, "illegal UTF-16 surrogate")),
        },
        0xDC00..=0xDFFF => Err((2, "illegal encoding")),
        _ => Ok((char::from_u32(u32::from(u)).unwrap_or('\u{FFFD}'), 2)),
    }
}

fn utf32_step(b: &[u8], i: usize, be: bool) -> Step {
    let Some(quad) = b.get(i..i + 4) else {
        return Err((b.len() - i, "truncated data"));
    };
    let bytes = [quad[0], quad[1], quad[2], quad[3]];
    let code = if be {
        u32::from_be_bytes(bytes)
    } else {
        u32::from_le_bytes(bytes)
    };
    match char::from_u32(code) {
        Some(c) => Ok((c, 4)),
        None if (0xD800..0xE000).contains(&code) => {
            Err((4, "code point in surrogate code point range(0xd800, 0xe000)"))
        }
        None => Err((4, "code point not in range(0x110000)")),
    }
}

/// Where decoding starts and the codec that names errors, after reading a BOM.
fn read_bom(codec: Codec, b: &[u8]) -> (usize, Codec) {
    match codec {
        Codec::Utf8Sig if b.starts_with(b"\xef\xbb\xbf") => (3, codec),
        Codec::Utf16(Order::Bom) if b.starts_with(&[0xFE, 0xFF]) => (2, Codec::Utf16(Order::Be)),
        Codec::Utf16(Order::Bom) if b.starts_with(&[0xFF, 0xFE]) => (2, Codec::Utf16(Order::Le)),
        Codec::Utf16(Order::Bom) => (0, Codec::Utf16(Order::Le)),
        Codec::Utf32(Order::Bom) if b.starts_with(&[0, 0, 0xFE, 0xFF]) => (4, Codec::Utf32(Order::Be)),
        Codec::Utf32(Order::Bom) if b.starts_with(&[0xFF, 0xFE, 0, 0]) => (4, Codec::Utf32(Order::Le)),
        Codec::Utf32(Order::Bom) => (0, Codec::Utf32(Order::Le)),
        _ => (0, codec),
    }
}

/// The next step of a non-utf-8 codec.
fn step(codec: Codec, b: &[u8], i: usize) -> Step {
    let first = b.get(i).copied().unwrap_or(0);
    match codec {
        Codec::Latin1 => Ok((char::from(first), 1)),
        Codec::Ascii if first.is_ascii() => Ok((char::from(first), 1)),
        Codec::Ascii => Err((1, "ordinal not in range(128)")),
        Codec::Cp1252 => cp1252_decode(first)
            .map(|c| (c, 1))
            .ok_or((1, "character maps to <undefined>")),
        Codec::Utf16(order) => utf16_step(b, i, order == Order::Be),
        Codec::Utf32(order) => utf32_step(b, i, order == Order::Be),
        Codec::Utf8 | Codec::Utf8Sig => Err((1, "invalid start byte")),
    }
}

/// The valid utf-8 prefix of `b[i..]` and the undecodable run after it, if any.
fn utf8_chunk(b: &[u8], i: usize) -> (&str, Option<(usize, &'static str)>) {
    match std::str::from_utf8(&b[i..]) {
        Ok(s) => (s, None),
        Err(e) => {
            let good = e.valid_up_to();
            let s = std::str::from_utf8(&b[i..i + good]).unwrap_or("");
            let at = i + good;
            let bad = match e.error_len() {
                Some(n) => {
                    let invalid_start = matches!(b[at], 0x80..=0xC1 | 0xF5..=0xFF);
                    (
                        n,
                        if invalid_start {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        },
                    )
                }
                None => (b.len() - at, "unexpected end of data"),
            };
            (s, Some(bad))
        }
    }
}

/// An undecodable run: where, how long, why, and the codec that names it.
struct DecodeFailure {
    start: usize,
    end: usize,
    reason: &'static str,
    codec: Codec,
}

/// Decode `b`; `Err` carries the first undecodable run under the strict handler.
fn decode_with(codec: Codec, b: &[u8], errors: &str) -> RunResult<Result<String, DecodeFailure>> {
    let (mut i, codec) = read_bom(codec, b);
    let mut out = String::with_capacity(b.len());
    while i < b.len() {
        let (bad_len, reason) = if matches!(codec, Codec::Utf8 | Codec::Utf8Sig) {
            let (s, bad) = utf8_chunk(b, i);
            out.push_str(s);
            i += s.len();
            match bad {
                Some(bad) => bad,
                None => break,
            }
        } else {
            match step(codec, b, i) {
                Ok((c, n)) => {
                    out.push(c);
                    i += n;
                    continue;
                }
                Err(bad) => bad,
            }
        };
        match errors {
            "strict" => {
                return Ok(Err(DecodeFailure {
                    start: i,
                    end: i + bad_len,
                    reason,
                    codec,
                }));
            }
            "replace" => out.push('\u{FFFD}'),
            "ignore" => {}
            "backslashreplace" => {
                for &c in &b[i..i + bad_len] {
                    out.push_str(&format!("\\x{c:02x}"));
                }
            }
            "surrogateescape" => {
                return Err(exc(
                    ExcType::ValueError,
                    "the 'surrogateescape' error handler is not supported by Monty for undecodable bytes",
                ));
            }
            other => return Err(unknown_handler(other)),
        }
        i += bad_len;
    }
    Ok(Ok(out))
}

/// `s` encoded with the codec and handler named by the optional arguments of `fname`
/// (`str.encode`, `bytes(s, encoding, errors)`).
pub(crate) fn encode_text(
    vm: &mut Vm<'_, '_>,
    s: &str,
    enc: Option<Value>,
    errors: Option<Value>,
    fname: &str,
) -> RunResult<Vec<u8>> {
    let (codec, errors) = codec_from(vm, enc, errors, fname)?;
    vm.heap.check_alloc(s.len().saturating_mul(4))?;
    encode_with(codec, s, &errors)
}

/// `str.encode(encoding="utf-8", errors="strict")`
pub(crate) fn encode_str(vm: &mut Vm<'_, '_>, s: &str, mut args: Args) -> RunResult<Value> {
    let (enc, errors) = args.two_optional(vm, "encoding", "errors")?;
    let out = encode_text(vm, s, enc, errors, "encode")?;
    vm.heap.check_alloc(out.len())?;
    vm.heap.alloc(crate::object::heap::Obj::Bytes(out))
}

/// `bytes.decode(encoding="utf-8", errors="strict")` (and `bytearray.decode`).
pub(crate) fn decode(vm: &mut Vm<'_, '_>, this: Value, mut args: Args) -> RunResult<Value> {
    let b = data(vm, this)?;
    let (enc, errors) = args.two_optional(vm, "encoding", "errors")?;
    let (codec, errors) = codec_from(vm, enc, errors, "decode")?;
    vm.heap.check_alloc(b.len().saturating_mul(3))?;
    match decode_with(codec, &b, &errors)? {
        Ok(s) => vm.new_str(s),
        Err(f) => {
            let what = if f.end - f.start == 1 {
                format!("byte 0x{:02x} in position {}", b[f.start], f.start)
            } else {
                format!("bytes in position {}-{}", f.start, f.end - 1)
            };
            Err(exc(
                ExcType::UnicodeDecodeError,
                format!("'{}' codec can't decode {what}: {}", f.codec.name(), f.reason),
            ))
        }
    }
}
