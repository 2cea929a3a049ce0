//! `json`: `dumps`/`loads` byte-identical to CPython's encoder and decoder,
//! with its error messages and positions. Nesting is bounded by
//! [`MAX_JSON_DEPTH`] (CPython raises `RecursionError` at its own limit).

use num_bigint::BigInt;

use super::{Member, ModuleSpec};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::float_repr::float_repr;
use crate::object::heap::Obj;
use crate::object::value::{HeapId, Value};
use crate::vm::Vm;

/// Deepest nesting of arrays/objects that `dumps` and `loads` accept.
pub(crate) const MAX_JSON_DEPTH: usize = 500;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        ("dumps", Member::Fn(dumps)),
        ("loads", Member::Fn(loads)),
        ("JSONDecodeError", Member::Exc(ExcType::JSONDecodeError)),
    ],
    all: Some(&["dumps", "loads", "JSONDecodeError"]),
};

struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    skipkeys: bool,
    default: Value,
    active: Vec<HeapId>,
}

fn dumps(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let indent = args.take_kw(vm, "indent");
    let separators = args.take_kw(vm, "separators");
    let sort_keys = args.take_kw(vm, "sort_keys");
    let ensure_ascii = args.take_kw(vm, "ensure_ascii");
    let allow_nan = args.take_kw(vm, "allow_nan");
    let skipkeys = args.take_kw(vm, "skipkeys");
    let default = args.take_kw(vm, "default");
    let _ = args.take_kw(vm, "check_circular");
    let cls = args.take_kw(vm, "cls");
    if let Some((k, _)) = args.kw.first() {
        let k = vm.str_of(*k).unwrap_or("?").to_owned();
        return Err(exc(
            ExcType::TypeError,
            format!("JSONEncoder.__init__() got an unexpected keyword argument '{k}'"),
        ));
    }
    if cls.is_some_and(|c| c != Value::None) {
        return Err(exc(ExcType::TypeError, "json.dumps(cls=...) is not supported"));
    }
    let n = args.pos.len();
    if n != 1 {
        return Err(exc(
            ExcType::TypeError,
            if n == 0 {
                "dumps() missing 1 required positional argument: 'obj'".to_owned()
            } else {
                format!("dumps() takes 1 positional argument but {n} were given")
            },
        ));
    }
    let indent = match indent {
        None | Some(Value::None) => None,
        Some(v) => {
            if let Some(s) = vm.str_of(v) {
                Some(s.to_owned())
            } else {
                let i = vm.expect_index(v)?;
                Some(" ".repeat(usize::try_from(i).unwrap_or(0).min(1 << 16)))
            }
        }
    };
    let (item_sep, key_sep) = match separators {
        None | Some(Value::None) => (if indent.is_some() { "," } else { ", " }.to_owned(), ": ".to_owned()),
        Some(v) => {
            let parts = vm.collect(v)?;
            if parts.len() != 2 {
                return Err(exc(
                    ExcType::ValueError,
                    format!("too many values to unpack (expected 2, got {})", parts.len()),
                ));
            }
            (
                vm.expect_str(parts[0], "separator")?,
                vm.expect_str(parts[1], "separator")?,
            )
        }
    };
    let flag = |vm: &mut Vm<'_, '_>, v: Option<Value>, d: bool| -> RunResult<bool> {
        match v {
            None => Ok(d),
            Some(v) => vm.truthy(v),
        }
    };
    let mut enc = Encoder {
        indent,
        item_sep,
        key_sep,
        sort_keys: flag(vm, sort_keys, false)?,
        ensure_ascii: flag(vm, ensure_ascii, true)?,
        allow_nan: flag(vm, allow_nan, true)?,
        skipkeys: flag(vm, skipkeys, false)?,
        default: default.unwrap_or(Value::None),
        active: Vec::new(),
    };
    let mut out = String::new();
    // values reached only from Rust are kept on the operand stack while Python code may run
    let base = vm.stack.len();
    vm.stack.push(args.pos[0]);
    let r = enc.encode(vm, args.pos[0], &mut out, 0);
    vm.stack.truncate(base);
    r?;
    vm.new_str(out)
}

impl Encoder {
    fn newline(&self, out: &mut String, level: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn float(&self, f: f64) -> RunResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.allow_nan {
            return Err(exc(
                ExcType::ValueError,
                "Out of range float values are not JSON compliant",
            ));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_owned())
    }

    fn string(&self, s: &str, out: &mut String) {
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 || (self.ensure_ascii && c == '\x7f') => {
                    out.push_str(&format!("\\u{:04x}", c as u32));
                }
                c if self.ensure_ascii && !c.is_ascii() => {
                    let mut buf = [0u16; 2];
                    for unit in c.encode_utf16(&mut buf) {
                        out.push_str(&format!("\\u{unit:04x}"));
                    }
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }

    /// A dict key as JSON text, or `None` to skip it.
    fn key(&self, vm: &mut Vm<'_, '_>, k: Value) -> RunResult<Option<String>> {
        Ok(Some(match k {
            Value::Bool(true) => "true".to_owned(),
            Value::Bool(false) => "false".to_owned(),
            Value::None => "null".to_owned(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => self.float(f)?,
            Value::Ref(id) => match vm.heap.get(id) {
                Obj::Str(s) => s.clone(),
                Obj::BigInt(b) => b.to_string(),
                _ => return self.bad_key(vm, k),
            },
            _ => return self.bad_key(vm, k),
        }))
    }

    fn bad_key(&self, vm: &Vm<'_, '_>, k: Value) -> RunResult<Option<String>> {
        if self.skipkeys {
            return Ok(None);
        }
        Err(exc(
            ExcType::TypeError,
            format!("keys must be str, int, float, bool or None, not {}", vm.type_name(k)),
        ))
    }

    fn encode(&mut self, vm: &mut Vm<'_, '_>, v: Value, out: &mut String, level: usize) -> RunResult<()> {
        vm.tick()?;
        if out.len() > 4096 {
            vm.heap.check_alloc(out.len())?;
        }
        if level > MAX_JSON_DEPTH {
            return Err(exc(
                ExcType::RecursionError,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(f) => out.push_str(&self.float(f)?),
            Value::Ref(id) => {
                let kind = match vm.heap.get(id) {
                    Obj::Str(s) => {
                        let s = s.clone();
                        self.string(&s, out);
                        return Ok(());
                    }
                    Obj::BigInt(b) => {
                        out.push_str(&b.to_string());
                        return Ok(());
                    }
                    Obj::List(items) | Obj::Tuple(items) => Some(items.clone()),
                    Obj::Dict(_) => None,
                    _ => return self.fallback(vm, v, out, level),
                };
                if self.active.contains(&id) {
                    return Err(exc(ExcType::ValueError, "Circular reference detected"));
                }
                self.active.push(id);
                let r = match kind {
                    Some(items) => self.array(vm, &items, out, level),
                    None => self.object(vm, v, out, level),
                };
                self.active.pop();
                r?;
            }
            _ => return self.fallback(vm, v, out, level),
        }
        Ok(())
    }

    fn array(&mut self, vm: &mut Vm<'_, '_>, items: &[Value], out: &mut String, level: usize) -> RunResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        out.push('[');
        self.newline(out, level + 1);
        for (i, &item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_sep);
                self.newline(out, level + 1);
            }
            self.encode(vm, item, out, level + 1)?;
        }
        self.newline(out, level);
        out.push(']');
        Ok(())
    }

    fn object(&mut self, vm: &mut Vm<'_, '_>, d: Value, out: &mut String, level: usize) -> RunResult<()> {
        let Value::Ref(id) = d else {
            return Err(RunError::Internal("json object"));
        };
        let Obj::Dict(dict) = vm.heap.get(id) else {
            return Err(RunError::Internal("json object"));
        };
        let mut pairs: Vec<(Value, Value)> = dict.iter().collect();
        if pairs.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        if self.sort_keys {
            let mut keys: Vec<Value> = pairs.iter().map(|(k, _)| *k).collect();
            let order: Vec<Value> = (0..keys.len()).map(|i| Value::Int(i as i64)).collect();
            let mut idx = order;
            vm.sort_values(&mut idx, Some(keys.clone()), false)?;
            let sorted: Vec<(Value, Value)> = idx
                .iter()
                .filter_map(|i| match i {
                    Value::Int(i) => pairs.get(usize::try_from(*i).ok()?).copied(),
                    _ => None,
                })
                .collect();
            pairs = sorted;
            keys.clear();
        }
        out.push('{');
        self.newline(out, level + 1);
        let mut first = true;
        for (k, v) in pairs {
            let Some(key) = self.key(vm, k)? else {
                continue;
            };
            if !first {
                out.push_str(&self.item_sep);
                self.newline(out, level + 1);
            }
            first = false;
            self.string(&key, out);
            out.push_str(&self.key_sep);
            self.encode(vm, v, out, level + 1)?;
        }
        self.newline(out, level);
        out.push('}');
        Ok(())
    }

    fn fallback(&mut self, vm: &mut Vm<'_, '_>, v: Value, out: &mut String, level: usize) -> RunResult<()> {
        if self.default == Value::None {
            return Err(exc(
                ExcType::TypeError,
                format!("Object of type {} is not JSON serializable", vm.type_name(v)),
            ));
        }
        let id = v.heap_id();
        if let Some(id) = id {
            if self.active.contains(&id) {
                return Err(exc(ExcType::ValueError, "Circular reference detected"));
            }
            self.active.push(id);
        }
        let replaced = vm.call_sync(self.default, vec![v]);
        let r = match replaced {
            Ok(r) => {
                vm.stack.push(r);
                self.encode(vm, r, out, level)
            }
            Err(e) => Err(e),
        };
        if id.is_some() {
            self.active.pop();
        }
        r
    }
}

// ---------------------------------------------------------------- decoding

struct Decoder<'s> {
    text: &'s [char],
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    strict: bool,
}

/// A decode error before it becomes a `JSONDecodeError`.
struct DecodeErr {
    msg: String,
    pos: usize,
}

enum Fail {
    Decode(DecodeErr),
    Run(RunError),
}

impl From<RunError> for Fail {
    fn from(e: RunError) -> Self {
        Self::Run(e)
    }
}

fn derr(msg: impl Into<String>, pos: usize) -> Fail {
    Fail::Decode(DecodeErr { msg: msg.into(), pos })
}

type DResult<T> = Result<T, Fail>;

fn loads(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let object_hook = args.take_kw(vm, "object_hook").unwrap_or(Value::None);
    let pairs_hook = args.take_kw(vm, "object_pairs_hook").unwrap_or(Value::None);
    let parse_float = args.take_kw(vm, "parse_float").unwrap_or(Value::None);
    let parse_int = args.take_kw(vm, "parse_int").unwrap_or(Value::None);
    let parse_constant = args.take_kw(vm, "parse_constant").unwrap_or(Value::None);
    let strict = args.take_kw(vm, "strict");
    let cls = args.take_kw(vm, "cls");
    if let Some((k, _)) = args.kw.first() {
        let k = vm.str_of(*k).unwrap_or("?").to_owned();
        return Err(exc(
            ExcType::TypeError,
            format!("JSONDecoder.__init__() got an unexpected keyword argument '{k}'"),
        ));
    }
    if cls.is_some_and(|c| c != Value::None) {
        return Err(exc(ExcType::TypeError, "json.loads(cls=...) is not supported"));
    }
    let strict = match strict {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let n = args.pos.len();
    if n != 1 {
        return Err(exc(
            ExcType::TypeError,
            if n == 0 {
                "loads() missing 1 required positional argument: 's'".to_owned()
            } else {
                format!("loads() takes 1 positional argument but {n} were given")
            },
        ));
    }
    let s = args.pos[0];
    let text: String = match s {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Str(t) => {
                if t.starts_with('\u{feff}') {
                    return Err(decode_error(
                        vm,
                        "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                        &t.chars().collect::<Vec<_>>(),
                        0,
                    ));
                }
                t.clone()
            }
            Obj::Bytes(b) | Obj::ByteArray(b) => {
                String::from_utf8_lossy(b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b)).into_owned()
            }
            _ => return Err(not_str(vm, s)),
        },
        _ => return Err(not_str(vm, s)),
    };
    let chars: Vec<char> = text.chars().collect();
    vm.tick_many(chars.len())?;
    let dec = Decoder {
        text: &chars,
        object_hook,
        pairs_hook,
        parse_float,
        parse_int,
        parse_constant,
        strict,
    };
    let base = vm.stack.len();
    let r = (|| -> DResult<Value> {
        let start = dec.skip_ws(0);
        let (v, end) = dec.value(vm, start, 0)?;
        let end = dec.skip_ws(end);
        if end != chars.len() {
            return Err(derr("Extra data", end));
        }
        Ok(v)
    })();
    vm.stack.truncate(base);
    match r {
        Ok(v) => Ok(v),
        Err(Fail::Run(e)) => Err(e),
        Err(Fail::Decode(d)) => Err(decode_error(vm, &d.msg, &chars, d.pos)),
    }
}

fn not_str(vm: &Vm<'_, '_>, v: Value) -> RunError {
    exc(
        ExcType::TypeError,
        format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            vm.type_name(v)
        ),
    )
}

/// `JSONDecodeError("msg: line L column C (char P)")`
fn decode_error(_vm: &Vm<'_, '_>, msg: &str, text: &[char], pos: usize) -> RunError {
    let before = &text[..pos.min(text.len())];
    let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
    let colno = match before.iter().rposition(|&c| c == '\n') {
        Some(nl) => pos - nl,
        None => pos + 1,
    };
    exc(
        ExcType::JSONDecodeError,
        format!("{msg}: line {lineno} column {colno} (char {pos})"),
    )
}

impl Decoder<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.text.get(i).copied()
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while matches!(self.at(i), Some(' ' | '\t' | '\n' | '\r')) {
            i += 1;
        }
        i
    }

    fn starts(&self, i: usize, lit: &str) -> bool {
        let n = lit.chars().count();
        self.text
            .get(i..i + n)
            .is_some_and(|s| s.iter().copied().eq(lit.chars()))
    }

    /// Decode one value and keep it rooted on the operand stack (hooks may run Python code).
    fn value(&self, vm: &mut Vm<'_, '_>, i: usize, depth: usize) -> DResult<(Value, usize)> {
        let (v, end) = self.value_inner(vm, i, depth)?;
        if v.heap_id().is_some() {
            vm.stack.push(v);
        }
        Ok((v, end))
    }

    fn value_inner(&self, vm: &mut Vm<'_, '_>, i: usize, depth: usize) -> DResult<(Value, usize)> {
        if depth > MAX_JSON_DEPTH {
            return Err(Fail::Run(exc(
                ExcType::RecursionError,
                "maximum recursion depth exceeded while decoding a JSON document",
            )));
        }
        match self.at(i) {
            Some('"') => {
                let (s, end) = self.string(i + 1)?;
                Ok((vm.new_str(s)?, end))
            }
            Some('{') => self.object(vm, i + 1, depth + 1),
            Some('[') => self.array(vm, i + 1, depth + 1),
            Some('n') if self.starts(i, "null") => Ok((Value::None, i + 4)),
            Some('t') if self.starts(i, "true") => Ok((Value::Bool(true), i + 4)),
            Some('f') if self.starts(i, "false") => Ok((Value::Bool(false), i + 5)),
            Some('N') if self.starts(i, "NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3)),
            Some('I') if self.starts(i, "Infinity") => Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8)),
            Some('-') if self.starts(i, "-Infinity") => Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9)),
            Some('-' | '0'..='9') => self.number(vm, i),
            _ => Err(derr("Expecting value", i)),
        }
    }

    fn constant(&self, vm: &mut Vm<'_, '_>, name: &str, f: f64) -> DResult<Value> {
        if self.parse_constant == Value::None {
            return Ok(Value::Float(f));
        }
        let s = vm.new_str(name)?;
        Ok(vm.call_sync(self.parse_constant, vec![s])?)
    }

    fn number(&self, vm: &mut Vm<'_, '_>, start: usize) -> DResult<(Value, usize)> {
        let mut i = start;
        if self.at(i) == Some('-') {
            i += 1;
        }
        match self.at(i) {
            Some('0') => i += 1,
            Some('1'..='9') => {
                while matches!(self.at(i), Some('0'..='9')) {
                    i += 1;
                }
            }
            _ => return Err(derr("Expecting value", start)),
        }
        let int_end = i;
        let mut is_float = false;
        if self.at(i) == Some('.') && matches!(self.at(i + 1), Some('0'..='9')) {
            is_float = true;
            i += 1;
            while matches!(self.at(i), Some('0'..='9')) {
                i += 1;
            }
        }
        if matches!(self.at(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(self.at(j), Some('+' | '-')) {
                j += 1;
            }
            if matches!(self.at(j), Some('0'..='9')) {
                while matches!(self.at(j), Some('0'..='9')) {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let end = if is_float { i } else { int_end };
        let lit: String = self.text[start..end].iter().collect();
        if is_float {
            if self.parse_float != Value::None {
                let s = vm.new_str(lit)?;
                return Ok((vm.call_sync(self.parse_float, vec![s])?, end));
            }
            let f: f64 = lit.parse().unwrap_or(f64::NAN);
            return Ok((Value::Float(f), end));
        }
        if self.parse_int != Value::None {
            let s = vm.new_str(lit)?;
            return Ok((vm.call_sync(self.parse_int, vec![s])?, end));
        }
        if lit.len() > 4300 {
            return Err(Fail::Run(exc(
                ExcType::ValueError,
                format!(
                    "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                    lit.trim_start_matches('-').len()
                ),
            )));
        }
        let v = match lit.parse::<i64>() {
            Ok(n) => Value::Int(n),
            Err(_) => {
                let b: BigInt = lit.parse().map_err(|_| derr("Expecting value", start))?;
                vm.int_value(b)?
            }
        };
        Ok((v, end))
    }

    /// Parse a string body starting after the opening quote.
    fn string(&self, start: usize) -> DResult<(String, usize)> {
        let mut out = String::new();
        let mut i = start;
        loop {
            let Some(c) = self.at(i) else {
                return Err(derr("Unterminated string starting at", start - 1));
            };
            match c {
                '"' => return Ok((out, i + 1)),
                '\\' => {
                    let Some(e) = self.at(i + 1) else {
                        return Err(derr("Unterminated string starting at", start - 1));
                    };
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => {
                            let hi = self.hex4(i + 2).ok_or_else(|| derr("Invalid \\uXXXX escape", i + 1))?;
                            i += 6;
                            if (0xd800..0xdc00).contains(&hi)
                                && self.at(i) == Some('\\')
                                && self.at(i + 1) == Some('u')
                                && let Some(lo) = self.hex4(i + 2)
                                && (0xdc00..0xe000).contains(&lo)
                            {
                                let cp = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                                out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                                i += 6;
                                continue;
                            }
                            out.push(char::from_u32(hi).unwrap_or('\u{fffd}'));
                            continue;
                        }
                        _ => return Err(derr("Invalid \\escape", i)),
                    }
                    i += 2;
                }
                c if self.strict && (c as u32) < 0x20 => {
                    return Err(derr("Invalid control character at", i));
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }

    fn hex4(&self, i: usize) -> Option<u32> {
        let s = self.text.get(i..i + 4)?;
        let mut v = 0u32;
        for c in s {
            v = v * 16 + c.to_digit(16)?;
        }
        Some(v)
    }

    fn object(&self, vm: &mut Vm<'_, '_>, start: usize, depth: usize) -> DResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) == Some('}') {
            return Ok((self.finish_object(vm, pairs)?, i + 1));
        }
        loop {
            if self.at(i) != Some('"') {
                return Err(derr("Expecting property name enclosed in double quotes", i));
            }
            let (key, after) = self.string(i + 1)?;
            i = self.skip_ws(after);
            if self.at(i) != Some(':') {
                return Err(derr("Expecting ':' delimiter", i));
            }
            i = self.skip_ws(i + 1);
            let (v, after) = self.value(vm, i, depth)?;
            let k = vm.new_str(key)?;
            vm.stack.push(k);
            pairs.push((k, v));
            i = self.skip_ws(after);
            match self.at(i) {
                Some('}') => return Ok((self.finish_object(vm, pairs)?, i + 1)),
                Some(',') => {
                    i = self.skip_ws(i + 1);
                }
                _ => return Err(derr("Expecting ',' delimiter", i)),
            }
        }
    }

    fn finish_object(&self, vm: &mut Vm<'_, '_>, pairs: Vec<(Value, Value)>) -> DResult<Value> {
        if self.pairs_hook != Value::None {
            let mut items = Vec::with_capacity(pairs.len());
            for (k, v) in pairs {
                items.push(vm.heap.alloc_tuple(vec![k, v])?);
            }
            let list = vm.heap.alloc_list(items)?;
            return Ok(vm.call_sync(self.pairs_hook, vec![list])?);
        }
        let d = vm.build_map(&[])?;
        for (k, v) in pairs {
            vm.dict_set(d, k, v)?;
        }
        if self.object_hook != Value::None {
            return Ok(vm.call_sync(self.object_hook, vec![d])?);
        }
        Ok(d)
    }

    fn array(&self, vm: &mut Vm<'_, '_>, start: usize, depth: usize) -> DResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) == Some(']') {
            return Ok((vm.heap.alloc_list(items)?, i + 1));
        }
        loop {
            let (v, after) = self.value(vm, i, depth)?;
            items.push(v);
            i = self.skip_ws(after);
            match self.at(i) {
                Some(']') => return Ok((vm.heap.alloc_list(items)?, i + 1)),
                Some(',') => i = self.skip_ws(i + 1),
                _ => return Err(derr("Expecting ',' delimiter", i)),
            }
        }
    }
}
