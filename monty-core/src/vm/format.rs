//! `format()`, f-string fields and `%`-formatting: the format-spec mini-language.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::Vm;
use super::binary::Num;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::float_repr::float_repr;
use crate::object::heap::Obj;
use crate::object::value::Value;

/// A parsed format spec.
#[derive(Debug, Default, Clone)]
pub(crate) struct Spec {
    pub(super) fill: Option<char>,
    pub(super) align: Option<char>,
    pub(super) sign: Option<char>,
    pub(super) alt: bool,
    pub(super) zero: bool,
    /// `z`: negative zero formats as positive zero.
    pub(super) no_neg_zero: bool,
    pub(super) width: usize,
    pub(super) grouping: Option<char>,
    pub(super) precision: Option<usize>,
    pub(super) ty: Option<char>,
}

pub(super) fn parse_spec(spec: &str, type_name: &str) -> RunResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c) = chars.get(i)
        && matches!(c, '+' | '-' | ' ')
    {
        s.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        s.no_neg_zero = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alt = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while chars.get(i).is_some_and(char::is_ascii_digit) {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = w
            .parse()
            .map_err(|_| exc(ExcType::ValueError, "Too many decimal digits in format string"))?;
    }
    if let Some(&c) = chars.get(i)
        && (c == ',' || c == '_')
    {
        s.grouping = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while chars.get(i).is_some_and(char::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return Err(exc(ExcType::ValueError, "Format specifier missing precision"));
        }
        let p: String = chars[start..i].iter().collect();
        s.precision = Some(
            p.parse()
                .map_err(|_| exc(ExcType::ValueError, "Too many decimal digits in format string"))?,
        );
    }
    if let Some(&c) = chars.get(i) {
        s.ty = Some(c);
        i += 1;
    }
    if i < chars.len() {
        return Err(exc(
            ExcType::ValueError,
            format!("Invalid format specifier '{spec}' for object of type '{type_name}'"),
        ));
    }
    Ok(s)
}

/// Insert grouping separators into a run of digits.
pub(super) fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pad `body` (with `sign_prefix` kept in front for `=` alignment) to the spec's width.
pub(super) fn pad(spec: &Spec, sign_prefix: &str, body: &str, default_align: char) -> String {
    let len = sign_prefix.chars().count() + body.chars().count();
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { default_align });
    let fill = spec
        .fill
        .unwrap_or(if spec.zero && spec.align.is_none() { '0' } else { ' ' });
    if len >= spec.width {
        return format!("{sign_prefix}{body}");
    }
    let padding = spec.width - len;
    let fills = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    match align {
        '<' => format!("{sign_prefix}{body}{}", fills(padding)),
        '^' => format!(
            "{}{sign_prefix}{body}{}",
            fills(padding / 2),
            fills(padding - padding / 2)
        ),
        '=' => format!("{sign_prefix}{}{body}", fills(padding)),
        _ => format!("{}{sign_prefix}{body}", fills(padding)),
    }
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

fn format_int(b: &BigInt, spec: &Spec) -> RunResult<String> {
    let ty = spec.ty.unwrap_or('d');
    if spec.precision.is_some() {
        return Err(exc(
            ExcType::ValueError,
            "Precision not allowed in integer format specifier",
        ));
    }
    if let Some(sep) = spec.grouping
        && (ty == 'c' || (sep == ',' && !matches!(ty, 'd')))
    {
        return Err(exc(ExcType::ValueError, format!("Cannot specify '{sep}' with '{ty}'.")));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(exc(
                ExcType::ValueError,
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alt {
            return Err(exc(
                ExcType::ValueError,
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
    }
    let neg = b.is_negative();
    let mag = b.abs();
    let (digits, prefix) = match ty {
        'd' | 'n' => (mag.to_string(), ""),
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'c' => {
            if i64::try_from(b).is_err() {
                return Err(exc(ExcType::OverflowError, "Python int too large to convert to C long"));
            }
            let c = u32::try_from(b)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| exc(ExcType::OverflowError, "%c arg not in range(0x110000)"))?;
            return Ok(pad(spec, "", &c.to_string(), '<'));
        }
        _ => {
            return Err(exc(
                ExcType::ValueError,
                format!("Unknown format code '{ty}' for object of type 'int'"),
            ));
        }
    };
    let mut digits = digits;
    if let Some(sep) = spec.grouping {
        let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
        if spec.zero && spec.width > 0 && spec.align.is_none() {
            // zero padding is grouped too
            let sign_len = sign_str(neg, spec.sign).len() + if spec.alt { prefix.len() } else { 0 };
            let mut d = digits.clone();
            while group(&d, sep, every).len() + sign_len < spec.width {
                d.insert(0, '0');
            }
            digits = d;
        }
        digits = group(&digits, sep, every);
    }
    let mut sp = sign_str(neg, spec.sign).to_owned();
    if spec.alt {
        sp.push_str(prefix);
    }
    Ok(pad(spec, &sp, &digits, '>'))
}

/// Fixed, exponent and general float formatting as CPython does it.
pub(crate) fn format_float_body(f: f64, ty: char, precision: Option<usize>, alt: bool) -> String {
    if !f.is_finite() {
        let word = if f.is_nan() { "nan" } else { "inf" };
        let mut s = if ty.is_ascii_uppercase() {
            word.to_ascii_uppercase()
        } else {
            word.to_owned()
        };
        if ty == '%' {
            s.push('%');
        }
        return s;
    }
    let a = f.abs();
    match ty {
        'f' | 'F' | '%' => {
            let p = precision.unwrap_or(6);
            let v = if ty == '%' { a * 100.0 } else { a };
            let mut s = format!("{v:.p$}");
            if alt && p == 0 {
                s.push('.');
            }
            if ty == '%' {
                s.push('%');
            }
            s
        }
        'e' | 'E' => {
            let p = precision.unwrap_or(6);
            let s = format!("{a:.p$e}");
            let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
            let e: i32 = e.parse().unwrap_or(0);
            let mut m = m.to_owned();
            if alt && p == 0 {
                m.push('.');
            }
            let out = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
            if ty == 'E' { out.to_uppercase() } else { out }
        }
        'g' | 'G' => {
            let p = precision.unwrap_or(6).max(1);
            if a == 0.0 {
                let mut s = if alt {
                    format!("{:.*}", p - 1, 0.0)
                } else {
                    "0".to_owned()
                };
                if alt && p == 1 {
                    s.push('.');
                }
                return s;
            }
            let sci = format!("{a:.prec$e}", prec = p - 1);
            let (_, e) = sci.split_once('e').unwrap_or(("", "0"));
            let exp: i32 = e.parse().unwrap_or(0);
            let p_i = i32::try_from(p).unwrap_or(i32::MAX);
            let mut s = if exp < -4 || exp >= p_i {
                let (m, _) = sci.split_once('e').unwrap_or((&sci, ""));
                let mut m = m.to_owned();
                if !alt && m.contains('.') {
                    m = m.trim_end_matches('0').trim_end_matches('.').to_owned();
                }
                if alt && !m.contains('.') {
                    m.push('.');
                }
                format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
            } else {
                let decimals = usize::try_from(p_i - 1 - exp).unwrap_or(0);
                let mut m = format!("{a:.decimals$}");
                if !alt && m.contains('.') {
                    m = m.trim_end_matches('0').trim_end_matches('.').to_owned();
                }
                if alt && !m.contains('.') {
                    m.push('.');
                }
                m
            };
            if ty == 'G' {
                s = s.to_uppercase();
            }
            s
        }
        _ => {
            // no type: like 'g' with at least one digit after the point, or repr when no precision
            match precision {
                None => float_repr(a),
                Some(p) => general_add_dot_0(a, p, alt),
            }
        }
    }
}

/// `'g'` formatting with CPython's `Py_DTSF_ADD_DOT_0`: used for a float
/// formatted with a precision but no presentation type (`f"{x:.3}"`).
fn general_add_dot_0(a: f64, precision: usize, alt: bool) -> String {
    let p = precision.max(1);
    if a == 0.0 {
        return if p == 1 { "0e+00".to_owned() } else { "0.0".to_owned() };
    }
    let sci = format!("{a:.prec$e}", prec = p - 1);
    let (m, e) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i64 = e.parse().unwrap_or(0);
    let p_i = i64::try_from(p).unwrap_or(i64::MAX);
    if exp < -4 || exp >= p_i - 1 {
        let mut m = m.to_owned();
        if !alt && m.contains('.') {
            m = m.trim_end_matches('0').trim_end_matches('.').to_owned();
        }
        format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    } else {
        let decimals = usize::try_from(p_i - 1 - exp).unwrap_or(0);
        let mut m = format!("{a:.decimals$}");
        if !alt && m.contains('.') {
            m = m.trim_end_matches('0').trim_end_matches('.').to_owned();
        }
        if !m.contains('.') {
            m.push_str(".0");
        }
        m
    }
}

fn format_float(f: f64, spec: &Spec) -> RunResult<String> {
    let ty = spec.ty.unwrap_or('\0');
    if !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' | '\0') {
        return Err(exc(
            ExcType::ValueError,
            format!("Unknown format code '{ty}' for object of type 'float'"),
        ));
    }
    let ty = if ty == 'n' { 'g' } else { ty };
    let mut neg = f.is_sign_negative() && !f.is_nan();
    let body = format_float_body(f, ty, spec.precision, spec.alt);
    if spec.no_neg_zero && neg && f.is_finite() && !body.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        neg = false;
    }
    let body = match spec.grouping {
        Some(sep) if !f.is_nan() && !f.is_infinite() => {
            let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
            let (int_part, rest) = body.split_at(split);
            let mut int_part = int_part.to_owned();
            if spec.zero && spec.align.is_none() && spec.width > 0 {
                let sign_len = sign_str(neg, spec.sign).len();
                while group(&int_part, sep, 3).len() + rest.len() + sign_len < spec.width {
                    int_part.insert(0, '0');
                }
            }
            format!("{}{rest}", group(&int_part, sep, 3))
        }
        _ => body,
    };
    Ok(pad(spec, sign_str(neg, spec.sign), &body, '>'))
}

/// `format(value, spec)` for builtin values.
pub(crate) fn format_with_spec(vm: &mut Vm<'_, '_>, v: Value, spec_text: &str) -> RunResult<String> {
    if vm.is_user(v) {
        return vm.user_format(v, spec_text);
    }
    if spec_text.is_empty() {
        return vm.str(v);
    }
    let spec = match parse_spec(spec_text, vm.type_name(v)) {
        Ok(spec) => spec,
        // a type without a spec language (object.__format__) refuses any spec,
        // well-formed or not, with a TypeError
        Err(_) if !has_spec_language(vm, v) => {
            let tn = vm.type_name(v);
            return Err(exc(
                ExcType::TypeError,
                format!("unsupported format string passed to {tn}.__format__"),
            ));
        }
        Err(e) => return Err(e),
    };
    // SECURITY: a width or precision is a predictable result size; refuse it before building it.
    vm.heap
        .check_alloc(spec.width.saturating_add(spec.precision.unwrap_or(0)))?;
    match v {
        Value::Bool(_) | Value::Int(_) => {
            let b = match vm.num(v) {
                Some(n) => n.to_big(),
                None => BigInt::zero(),
            };
            match spec.ty {
                None | Some('d' | 'b' | 'o' | 'x' | 'X' | 'c' | 'n') => format_int(&b, &spec),
                Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
                    let f = vm.num(v).and_then(|n| n.to_f64()).unwrap_or(0.0);
                    format_float(f, &spec)
                }
                Some(ty) => Err(exc(
                    ExcType::ValueError,
                    format!("Unknown format code '{ty}' for object of type '{}'", vm.type_name(v)),
                )),
            }
        }
        Value::Float(f) => format_float(f, &spec),
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::BigInt(b) => {
                let b = b.clone();
                if matches!(spec.ty, None | Some('d' | 'b' | 'o' | 'x' | 'X' | 'c' | 'n')) {
                    format_int(&b, &spec)
                } else if let Some(ty) = spec
                    .ty
                    .filter(|t| !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'))
                {
                    Err(exc(
                        ExcType::ValueError,
                        format!("Unknown format code '{ty}' for object of type 'int'"),
                    ))
                } else {
                    let f = Num::Big(b)
                        .to_f64()
                        .ok_or_else(|| exc(ExcType::OverflowError, "int too large to convert to float"))?;
                    format_float(f, &spec)
                }
            }
            Obj::Complex(c) => super::complex_format::format_complex(*c, &spec),
            Obj::Str(s) => {
                if !matches!(spec.ty, None | Some('s')) {
                    return Err(exc(
                        ExcType::ValueError,
                        format!(
                            "Unknown format code '{}' for object of type 'str'",
                            spec.ty.unwrap_or('?')
                        ),
                    ));
                }
                if spec.sign.is_some() {
                    return Err(exc(ExcType::ValueError, "Sign not allowed in string format specifier"));
                }
                if spec.alt {
                    return Err(exc(
                        ExcType::ValueError,
                        "Alternate form (#) not allowed in string format specifier",
                    ));
                }
                if let Some(sep) = spec.grouping {
                    return Err(exc(ExcType::ValueError, format!("Cannot specify '{sep}' with 's'.")));
                }
                if spec.align == Some('=') {
                    return Err(exc(
                        ExcType::ValueError,
                        "'=' alignment not allowed in string format specifier",
                    ));
                }
                let mut spec = spec.clone();
                if spec.zero && spec.align.is_none() {
                    spec.align = Some('<');
                    spec.fill = Some(spec.fill.unwrap_or('0'));
                }
                let body: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.clone(),
                };
                Ok(pad(&spec, "", &body, '<'))
            }
            _ => {
                let tn = vm.type_name(v);
                Err(exc(
                    ExcType::TypeError,
                    format!("unsupported format string passed to {tn}.__format__"),
                ))
            }
        },
        _ => {
            let tn = vm.type_name(v);
            Err(exc(
                ExcType::TypeError,
                format!("unsupported format string passed to {tn}.__format__"),
            ))
        }
    }
}

/// Append the ASCII digits at `chars[*i..]` to `out`, advancing `*i` past them.
/// Whether `format(v, spec)` parses `spec` (numbers and str); other builtin
/// types format as `object.__format__`, which takes only an empty spec.
fn has_spec_language(vm: &Vm<'_, '_>, v: Value) -> bool {
    match v {
        Value::Bool(_) | Value::Int(_) | Value::Float(_) => true,
        Value::Ref(id) => matches!(vm.heap.get(id), Obj::BigInt(_) | Obj::Str(_)),
        _ => false,
    }
}

fn take_digits(chars: &[char], i: &mut usize, out: &mut String) {
    while let Some(&d) = chars.get(*i) {
        if !d.is_ascii_digit() {
            break;
        }
        out.push(d);
        *i += 1;
    }
}

impl Vm<'_, '_> {
    /// The int a `*` width or precision of `%`-formatting takes from the arguments.
    fn percent_star(&self, items: &[Value], next: &mut usize) -> RunResult<i64> {
        let v = items
            .get(*next)
            .copied()
            .ok_or_else(|| exc(ExcType::TypeError, "not enough arguments for format string"))?;
        *next += 1;
        self.index_of(v)
            .filter(|_| !matches!(v, Value::Float(_)))
            .ok_or_else(|| exc(ExcType::TypeError, "* wants int"))
    }

    /// An f-string field: conversion (0 none, 1 str, 2 repr, 3 ascii) then the spec.
    pub(crate) fn format_value(&mut self, v: Value, conversion: u32, spec: Option<Value>) -> RunResult<Value> {
        let converted = match conversion {
            1 => {
                let s = self.str(v)?;
                self.new_str(s)?
            }
            2 => {
                let s = self.repr(v)?;
                self.new_str(s)?
            }
            3 => {
                let s = self.repr(v)?;
                self.new_str(ascii_escape(&s))?
            }
            _ => v,
        };
        let spec_text = match spec {
            Some(s) => self.str_of(s).unwrap_or("").to_owned(),
            None => String::new(),
        };
        if spec_text.is_empty() && self.str_of(converted).is_some() {
            return Ok(converted);
        }
        let s = format_with_spec(self, converted, &spec_text)?;
        self.new_str(s)
    }

    /// `fmt % args`
    pub(crate) fn percent_format(&mut self, fmt: &str, args: Value) -> RunResult<String> {
        self.percent_impl(fmt, args, false)
    }

    /// `b'...' % args` for bytes and bytearray: `fmt` holds the format's bytes as
    /// latin-1 characters; `%s`/`%b` take bytes-like values (or `__bytes__`),
    /// `%r`/`%a` the ASCII repr, `%c` an int or a single byte.
    pub(crate) fn percent_format_bytes(&mut self, fmt: &str, args: Value) -> RunResult<Vec<u8>> {
        let s = self.percent_impl(fmt, args, true)?;
        Ok(s.chars().map(|c| u8::try_from(c as u32).unwrap_or(b'?')).collect())
    }

    /// The `%s` text of `value` in bytes formatting, as latin-1 characters.
    fn percent_bytes_arg(&mut self, value: Value) -> RunResult<String> {
        let r = match self.call_dunder(value, "__bytes__", Vec::new())? {
            Some(r) if !self.heap.is_bytearray(r) => r,
            _ => value,
        };
        match self.heap.buffer(r) {
            Some(b) => Ok(b.iter().map(|&c| char::from(c)).collect()),
            None => Err(exc(
                ExcType::TypeError,
                format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    self.type_name(value)
                ),
            )),
        }
    }

    /// The `%c` character of `value` in bytes formatting.
    fn percent_bytes_char(&self, value: Value) -> RunResult<String> {
        if let Some(b) = self.heap.buffer(value)
            && b.len() == 1
        {
            return Ok(char::from(b[0]).to_string());
        }
        match self.index_of(value).filter(|_| !matches!(value, Value::Float(_))) {
            Some(i) => u8::try_from(i)
                .map(|c| char::from(c).to_string())
                .map_err(|_| exc(ExcType::OverflowError, "%c arg not in range(256)")),
            None => Err(exc(
                ExcType::TypeError,
                "%c requires an integer in range(256) or a single byte",
            )),
        }
    }

    fn percent_impl(&mut self, fmt: &str, args: Value, bytes_mode: bool) -> RunResult<String> {
        let items = match args {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Tuple(t) => t.clone(),
                _ => vec![args],
            },
            _ => vec![args],
        };
        // CPython: any subscriptable argument that is not a tuple (nor the format's
        // own string type) is the mapping `%(key)s` looks keys up in.
        let mapping = match args {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Tuple(_) | Obj::Str(_) => false,
                Obj::Bytes(_) | Obj::ByteArray(_) => !bytes_mode,
                Obj::Dict(_) | Obj::List(_) | Obj::Range(_) => true,
                Obj::Std(_) => self.std_inner(args).is_some(),
                Obj::Instance(_) => self.user_method(args, "__getitem__").is_some(),
                _ => false,
            },
            _ => false,
        };
        let mut out = String::new();
        let chars: Vec<char> = fmt.chars().collect();
        let mut i = 0;
        let mut next = 0;
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut key: Option<String> = None;
            if chars.get(i) == Some(&'(') {
                let end = chars[i..]
                    .iter()
                    .position(|&c| c == ')')
                    .map(|p| p + i)
                    .ok_or_else(|| exc(ExcType::ValueError, "incomplete format key"))?;
                key = Some(chars[i + 1..end].iter().collect());
                i = end + 1;
            }
            let mut flags = String::new();
            while let Some(&f) = chars.get(i) {
                if matches!(f, '-' | '+' | ' ' | '#' | '0') {
                    flags.push(f);
                    i += 1;
                } else {
                    break;
                }
            }
            let mut width = String::new();
            if chars.get(i) == Some(&'*') {
                i += 1;
                let w = self.percent_star(&items, &mut next)?;
                if w < 0 {
                    flags.push('-');
                }
                width = w.unsigned_abs().to_string();
            }
            take_digits(&chars, &mut i, &mut width);
            let mut precision: Option<String> = None;
            if chars.get(i) == Some(&'.') {
                i += 1;
                let mut p = String::new();
                if chars.get(i) == Some(&'*') {
                    i += 1;
                    p = self.percent_star(&items, &mut next)?.max(0).to_string();
                }
                take_digits(&chars, &mut i, &mut p);
                precision = Some(p);
            }
            let Some(&conv) = chars.get(i) else {
                return Err(exc(ExcType::ValueError, "incomplete format"));
            };
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let value = if let Some(k) = &key {
                if !mapping {
                    return Err(exc(ExcType::TypeError, "format requires a mapping"));
                }
                let kv = if bytes_mode {
                    let key: Vec<u8> = k.chars().map(|c| u8::try_from(c as u32).unwrap_or(b'?')).collect();
                    self.heap.alloc(Obj::Bytes(key))?
                } else {
                    self.new_str(k.clone())?
                };
                // CPython: the looked-up value is then the only argument left, so a
                // later `%s` without a key finds none
                next = items.len();
                self.getitem(args, kv)?
            } else {
                let v = items
                    .get(next)
                    .copied()
                    .ok_or_else(|| exc(ExcType::TypeError, "not enough arguments for format string"))?;
                next += 1;
                v
            };
            let align = if flags.contains('-') { "<" } else { ">" };
            let zero = flags.contains('0') && !flags.contains('-');
            let sign = if flags.contains('+') {
                "+"
            } else if flags.contains(' ') {
                " "
            } else {
                ""
            };
            let alt = if flags.contains('#') { "#" } else { "" };
            let prec = precision
                .as_ref()
                .map(|p| format!(".{}", if p.is_empty() { "0" } else { p }))
                .unwrap_or_default();
            let piece = match conv {
                's' | 'r' | 'a' | 'b' | 'c'
                    if bytes_mode || conv != 'b' && (conv != 'c' || self.str_of(value).is_some()) =>
                {
                    let s = match conv {
                        's' | 'b' if bytes_mode => self.percent_bytes_arg(value)?,
                        'r' if bytes_mode => ascii_escape(&self.repr(value)?),
                        'c' if bytes_mode => self.percent_bytes_char(value)?,
                        'c' => {
                            let s = self.str_of(value).unwrap_or("").to_owned();
                            if s.chars().count() != 1 {
                                return Err(exc(ExcType::TypeError, "%c requires int or char"));
                            }
                            s
                        }
                        's' => self.str(value)?,
                        'r' => self.repr(value)?,
                        _ => ascii_escape(&self.repr(value)?),
                    };
                    let s: String = match &precision {
                        Some(p) if conv != 'c' => s.chars().take(p.parse().unwrap_or(0)).collect(),
                        _ => s,
                    };
                    let w: usize = width.parse().unwrap_or(0);
                    self.heap.check_alloc(w)?;
                    let n = s.chars().count();
                    if n >= w {
                        s
                    } else if align == "<" {
                        format!("{s}{}", " ".repeat(w - n))
                    } else {
                        format!("{}{s}", " ".repeat(w - n))
                    }
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' => {
                    let n = match self.num(value) {
                        Some(Num::Float(_)) if matches!(conv, 'x' | 'X' | 'o' | 'c') => {
                            return Err(exc(
                                ExcType::TypeError,
                                if conv == 'c' {
                                    "%c requires int or char".to_owned()
                                } else {
                                    format!("%{conv} format: an integer is required, not float")
                                },
                            ));
                        }
                        Some(Num::Float(f)) => {
                            let t = f.trunc();
                            if !t.is_finite() {
                                return Err(exc(ExcType::OverflowError, "cannot convert float infinity to integer"));
                            }
                            self.int_value(BigInt::from(t as i128))?
                        }
                        Some(_) => value,
                        None => {
                            let tn = self.type_name(value);
                            return Err(exc(
                                ExcType::TypeError,
                                if conv == 'c' {
                                    "%c requires int or char".to_owned()
                                } else if matches!(conv, 'x' | 'X' | 'o') {
                                    format!("%{conv} format: an integer is required, not {tn}")
                                } else {
                                    format!("%{conv} format: a real number is required, not {tn}")
                                },
                            ));
                        }
                    };
                    let t = match conv {
                        'd' | 'i' | 'u' => "d".to_owned(),
                        other => other.to_string(),
                    };
                    let spec = format!("{align}{sign}{alt}{}{width}{t}", if zero { "0" } else { "" });
                    let spec = if zero { spec.replacen(align, "", 1) } else { spec };
                    format_with_spec(self, n, &spec)?
                }
                'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                    let f = match self.num(value) {
                        Some(n) => n.to_f64().unwrap_or(f64::INFINITY),
                        None => {
                            let tn = self.type_name(value);
                            return Err(exc(
                                ExcType::TypeError,
                                if bytes_mode {
                                    format!("float argument required, not {tn}")
                                } else {
                                    format!("must be real number, not {tn}")
                                },
                            ));
                        }
                    };
                    let p = if prec.is_empty() { ".6".to_owned() } else { prec.clone() };
                    let spec = format!(
                        "{}{sign}{alt}{}{width}{p}{conv}",
                        if zero { "" } else { align },
                        if zero { "0" } else { "" }
                    );
                    format_with_spec(self, Value::Float(f), &spec)?
                }
                other => {
                    return Err(exc(
                        ExcType::ValueError,
                        format!(
                            "unsupported format character '{other}' (0x{:x}) at index {}",
                            other as u32,
                            i - 1
                        ),
                    ));
                }
            };
            out.push_str(&piece);
        }
        if !mapping && next < items.len() {
            return Err(exc(
                ExcType::TypeError,
                if bytes_mode {
                    "not all arguments converted during bytes formatting"
                } else {
                    "not all arguments converted during string formatting"
                },
            ));
        }
        Ok(out)
    }
}

/// `ascii()`: escape every non-ASCII character of a repr.
pub(crate) fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let code = c as u32;
        if code < 0x80 {
            out.push(c);
        } else if code < 0x100 {
            out.push_str(&format!("\\x{code:02x}"));
        } else if code < 0x10000 {
            out.push_str(&format!("\\u{code:04x}"));
        } else {
            out.push_str(&format!("\\U{code:08x}"));
        }
    }
    out
}
