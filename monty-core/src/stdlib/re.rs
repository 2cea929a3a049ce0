//! `re` on the `fancy-regex` crate: Python pattern syntax translated to the
//! crate's, positions in code points, Python's empty-match rules for
//! `sub`/`split`/`findall`. Backtracking is bounded by the crate's backtrack
//! limit; plain patterns run on the linear-time `regex` engine.

use std::sync::Arc;

use fancy_regex::Regex;
use serde::{Deserialize, Serialize};

use super::{Member, ModuleSpec, StdObj, TypeSpec};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::types::TypeId;
use crate::object::value::{HeapId, Value};
use crate::vm::Vm;

const I: i64 = 2;
const L: i64 = 4;
const M: i64 = 8;
const S: i64 = 16;
const U: i64 = 32;
const X: i64 = 64;
const A: i64 = 256;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    source: None,
    members: &[
        ("compile", Member::Fn(compile)),
        ("search", Member::Fn(search)),
        ("match", Member::Fn(match_)),
        ("fullmatch", Member::Fn(fullmatch)),
        ("findall", Member::Fn(findall)),
        ("finditer", Member::Fn(finditer)),
        ("sub", Member::Fn(sub)),
        ("subn", Member::Fn(subn)),
        ("split", Member::Fn(split)),
        ("escape", Member::Fn(escape)),
        ("purge", Member::Fn(purge)),
        ("error", Member::Exc(ExcType::error)),
        ("Pattern", Member::Type(TypeId::RePattern)),
        ("Match", Member::Type(TypeId::ReMatch)),
        ("I", Member::Int(I)),
        ("IGNORECASE", Member::Int(I)),
        ("L", Member::Int(L)),
        ("LOCALE", Member::Int(L)),
        ("M", Member::Int(M)),
        ("MULTILINE", Member::Int(M)),
        ("S", Member::Int(S)),
        ("DOTALL", Member::Int(S)),
        ("U", Member::Int(U)),
        ("UNICODE", Member::Int(U)),
        ("X", Member::Int(X)),
        ("VERBOSE", Member::Int(X)),
        ("A", Member::Int(A)),
        ("ASCII", Member::Int(A)),
        ("NOFLAG", Member::Int(0)),
    ],
    all: Some(&[
        "match",
        "fullmatch",
        "search",
        "sub",
        "subn",
        "split",
        "findall",
        "finditer",
        "compile",
        "purge",
        "escape",
        "error",
        "Pattern",
        "Match",
        "A",
        "I",
        "L",
        "M",
        "S",
        "X",
        "U",
        "ASCII",
        "IGNORECASE",
        "LOCALE",
        "MULTILINE",
        "DOTALL",
        "VERBOSE",
        "UNICODE",
        "NOFLAG",
    ]),
};

/// `re.Pattern`
pub(super) static PATTERN: TypeSpec = TypeSpec {
    ty: TypeId::RePattern,
    methods: &[
        ("search", pat_search),
        ("match", pat_match),
        ("fullmatch", pat_fullmatch),
        ("findall", pat_findall),
        ("finditer", pat_finditer),
        ("sub", pat_sub),
        ("subn", pat_subn),
        ("split", pat_split),
    ],
    construct: None,
};

/// `re.Match`
pub(super) static MATCH: TypeSpec = TypeSpec {
    ty: TypeId::ReMatch,
    methods: &[
        ("group", m_group),
        ("groups", m_groups),
        ("groupdict", m_groupdict),
        ("start", m_start),
        ("end", m_end),
        ("span", m_span),
        ("expand", m_expand),
    ],
    construct: None,
};

/// A compiled pattern: its source and flags; the compiled regexes are rebuilt after a snapshot.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PatternObj {
    /// The source pattern.
    pub source: String,
    /// Flags as Python reports them.
    pub flags: i64,
    /// Number of groups.
    pub groups: usize,
    /// Group names with their numbers.
    pub names: Vec<(String, usize)>,
    #[serde(skip)]
    compiled: Option<Arc<Compiled>>,
}

impl PartialEq for PatternObj {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source && self.flags == other.flags
    }
}

#[derive(Debug)]
struct Compiled {
    /// The pattern as written.
    plain: Regex,
    /// Anchored at the end (`fullmatch`).
    full: Regex,
}

/// A match: the string, its pattern, and group spans in bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchObj {
    /// The subject string.
    pub string: Value,
    /// The pattern object.
    pub re: Value,
    /// Byte spans per group (group 0 first).
    pub spans: Vec<Option<(usize, usize)>>,
    /// `pos` (chars)
    pub pos: usize,
    /// `endpos` (chars)
    pub endpos: usize,
}

/// Byte spans of each group of one match (group 0 first).
type Spans = Vec<Option<(usize, usize)>>;

fn re_error(msg: impl Into<String>) -> RunError {
    exc(ExcType::error, msg)
}

/// Translate Python pattern syntax into fancy-regex syntax.
fn translate(p: &str, flags: i64) -> Result<String, String> {
    let mut out = String::with_capacity(p.len() + 8);
    let chars: Vec<char> = p.chars().collect();
    let ascii = flags & A != 0;
    let verbose = flags & X != 0;
    let multiline = flags & M != 0;
    let mut i = 0;
    let mut in_class = false;
    let mut class_start = 0;
    while i < chars.len() {
        let c = chars[i];
        if verbose && !in_class {
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            if c == '#' {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
        }
        match c {
            '\\' => {
                let Some(&n) = chars.get(i + 1) else {
                    return Err(format!("bad escape (end of pattern) at position {i}"));
                };
                i += 2;
                match n {
                    'Z' => out.push_str("\\z"),
                    'd' if ascii => out.push_str(if in_class { "0-9" } else { "[0-9]" }),
                    'w' if ascii => out.push_str(if in_class { "0-9A-Za-z_" } else { "[0-9A-Za-z_]" }),
                    's' if ascii => out.push_str(if in_class {
                        " \\t\\n\\r\\f\\v"
                    } else {
                        "[ \\t\\n\\r\\f\\v]"
                    }),
                    'D' if ascii && !in_class => out.push_str("[^0-9]"),
                    'W' if ascii && !in_class => out.push_str("[^0-9A-Za-z_]"),
                    'S' if ascii && !in_class => out.push_str("[^ \\t\\n\\r\\f\\v]"),
                    'b' if in_class => out.push_str("\\x08"),
                    'd' | 'D' | 'w' | 'W' | 's' | 'S' | 'b' | 'B' | 'A' | 'n' | 't' | 'r' | 'f' | 'v' | 'x' | 'u'
                    | 'U' => {
                        out.push('\\');
                        out.push(n);
                    }
                    'a' => out.push_str("\\x07"),
                    '0' => {
                        // octal escape: up to two more octal digits
                        let mut v = 0u32;
                        let mut k = 0;
                        while k < 2 && i < chars.len() && chars[i].is_digit(8) {
                            v = v * 8 + chars[i].to_digit(8).unwrap_or(0);
                            i += 1;
                            k += 1;
                        }
                        out.push_str(&format!("\\x{{{v:x}}}"));
                    }
                    '1'..='9' => {
                        let mut num = n.to_digit(10).unwrap_or(0);
                        if i < chars.len() && chars[i].is_ascii_digit() {
                            num = num * 10 + chars[i].to_digit(10).unwrap_or(0);
                            i += 1;
                        }
                        if in_class {
                            return Err(format!("bad escape \\{n} at position {}", i - 2));
                        }
                        out.push_str(&format!("\\{num}"));
                    }
                    c if c.is_ascii_alphanumeric() => {
                        return Err(format!("bad escape \\{c} at position {}", i - 2));
                    }
                    c => {
                        out.push('\\');
                        out.push(c);
                    }
                }
                continue;
            }
            '[' if !in_class => {
                in_class = true;
                class_start = i;
                out.push('[');
                i += 1;
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if chars.get(i) == Some(&']') {
                    out.push_str("\\]");
                    i += 1;
                }
                continue;
            }
            '[' | '&' | '~' if in_class => {
                out.push('\\');
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            '(' if !in_class && chars.get(i + 1) == Some(&'?') => {
                if chars.get(i + 2) == Some(&'#') {
                    while i < chars.len() && chars[i] != ')' {
                        i += 1;
                    }
                    i += 1;
                    continue;
                }
                if chars.get(i + 2) == Some(&'P') && chars.get(i + 3) == Some(&'=') {
                    let end = chars[i..].iter().position(|&c| c == ')').map(|k| i + k);
                    let Some(end) = end else {
                        return Err(format!("missing ), unterminated name at position {}", i + 4));
                    };
                    let name: String = chars[i + 4..end].iter().collect();
                    out.push_str(&format!("\\k<{name}>"));
                    i = end + 1;
                    continue;
                }
                out.push('(');
            }
            '$' if !in_class => {
                out.push_str(if multiline { "(?m:$)" } else { "(?=\\n?\\z)" });
            }
            '{' if !in_class => {
                // a `{` that does not start a valid repetition is literal
                let rest: String = chars[i + 1..].iter().take(40).collect();
                let valid = rest.find('}').is_some_and(|end| {
                    let body = &rest[..end];
                    let (a, b) = body.split_once(',').unwrap_or((body, ""));
                    !body.is_empty()
                        && a.chars().all(|c| c.is_ascii_digit())
                        && b.chars().all(|c| c.is_ascii_digit())
                        && (!a.is_empty() || body.contains(','))
                });
                if valid {
                    if rest.starts_with(',') {
                        out.push_str("{0");
                    } else {
                        out.push('{');
                    }
                } else {
                    out.push_str("\\{");
                }
            }
            '}' if !in_class => {
                out.push('}');
            }
            _ => out.push(c),
        }
        i += 1;
    }
    if in_class {
        return Err(format!("unterminated character set at position {class_start}"));
    }
    Ok(out)
}

fn flag_prefix(flags: i64) -> String {
    let mut f = String::new();
    if flags & I != 0 {
        f.push('i');
    }
    if flags & S != 0 {
        f.push('s');
    }
    if flags & M != 0 {
        f.push('m');
    }
    if f.is_empty() { f } else { format!("(?{f})") }
}

fn build(pattern: &str, flags: i64) -> Result<Compiled, String> {
    let body = translate(pattern, flags)?;
    let prefix = flag_prefix(flags);
    let mk = |s: String| {
        fancy_regex::RegexBuilder::new(&s)
            .backtrack_limit(1_000_000)
            .build()
            .map_err(|e| describe(&e))
    };
    let plain = mk(format!("{prefix}{body}"))?;
    let full = mk(format!("{prefix}(?:{body})\\z"))?;
    Ok(Compiled { plain, full })
}

fn describe(e: &fancy_regex::Error) -> String {
    let s = e.to_string();
    s.lines().last().unwrap_or("invalid pattern").trim().to_owned()
}

fn new_pattern(vm: &mut Vm<'_, '_>, source: &str, flags: i64) -> RunResult<Value> {
    let compiled = build(source, flags).map_err(re_error)?;
    let groups = compiled.plain.captures_len().saturating_sub(1);
    let names = compiled
        .plain
        .capture_names()
        .enumerate()
        .filter_map(|(i, n)| n.map(|n| (n.to_owned(), i)))
        .collect();
    let mut flags = flags;
    if flags & A == 0 {
        flags |= U;
    }
    vm.heap.alloc(Obj::Std(StdObj::Pattern(Box::new(PatternObj {
        source: source.to_owned(),
        flags,
        groups,
        names,
        compiled: Some(Arc::new(compiled)),
    }))))
}

/// The compiled regexes of a pattern object (rebuilt once after a snapshot load).
fn compiled(vm: &mut Vm<'_, '_>, pat: Value) -> RunResult<Arc<Compiled>> {
    let Value::Ref(id) = pat else {
        return Err(RunError::Internal("pattern"));
    };
    let Obj::Std(StdObj::Pattern(p)) = vm.heap.get(id) else {
        return Err(RunError::Internal("pattern"));
    };
    if let Some(c) = &p.compiled {
        return Ok(c.clone());
    }
    let c = Arc::new(build(&p.source, p.flags).map_err(re_error)?);
    if let Obj::Std(StdObj::Pattern(p)) = vm.heap.get_mut(id) {
        p.compiled = Some(c.clone());
    }
    Ok(c)
}

fn flags_arg(vm: &Vm<'_, '_>, v: Option<Value>) -> RunResult<i64> {
    match v {
        None => Ok(0),
        Some(v) => vm.expect_index(v),
    }
}

/// A pattern argument: a compiled pattern, or a str compiled now.
fn pattern_of(vm: &mut Vm<'_, '_>, p: Value, flags: i64) -> RunResult<Value> {
    if let Value::Ref(id) = p {
        match vm.heap.get(id) {
            Obj::Std(StdObj::Pattern(_)) => {
                if flags != 0 {
                    return Err(exc(
                        ExcType::ValueError,
                        "cannot process flags argument with a compiled pattern",
                    ));
                }
                return Ok(p);
            }
            Obj::Str(s) => {
                let s = s.clone();
                return new_pattern(vm, &s, flags);
            }
            _ => {}
        }
    }
    Err(exc(
        ExcType::TypeError,
        "first argument must be string or compiled pattern",
    ))
}

fn compile(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let flags_kw = args.take_kw(vm, "flags");
    args.finish_kw(vm)?;
    let a = args.range(1, 2)?.to_vec();
    let flags = flags_arg(vm, a.get(1).copied().or(flags_kw))?;
    pattern_of(vm, a[0], flags)
}

fn purge(_vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    Ok(Value::None)
}

fn escape(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let s = vm.expect_str(v, "escape() argument")?;
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\u{b}\u{c}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    vm.new_str(out)
}

/// Subject string text of a str argument.
fn subject(vm: &Vm<'_, '_>, v: Value) -> RunResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_owned()),
        None => Err(exc(
            ExcType::TypeError,
            format!("expected string or bytes-like object, got '{}'", vm.type_name(v)),
        )),
    }
}

/// Char index <-> byte offset conversions for one string.
struct Offsets {
    /// Byte offset of each char, plus the total length; empty for ASCII text.
    starts: Vec<usize>,
    len: usize,
}

impl Offsets {
    fn new(s: &str) -> Self {
        if s.is_ascii() {
            return Self {
                starts: Vec::new(),
                len: s.len(),
            };
        }
        let mut starts: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
        starts.push(s.len());
        Self { starts, len: s.len() }
    }

    fn chars(&self) -> usize {
        if self.starts.is_empty() {
            self.len
        } else {
            self.starts.len() - 1
        }
    }

    fn to_byte(&self, c: usize) -> usize {
        if self.starts.is_empty() {
            c.min(self.len)
        } else {
            self.starts.get(c).copied().unwrap_or(self.len)
        }
    }

    fn to_char(&self, b: usize) -> usize {
        if self.starts.is_empty() {
            b
        } else {
            self.starts.partition_point(|&x| x < b)
        }
    }
}

/// Resolve Python `pos`/`endpos` (chars, clamped) for a subject.
fn bounds(vm: &Vm<'_, '_>, off: &Offsets, pos: Option<Value>, endpos: Option<Value>) -> RunResult<(usize, usize)> {
    let n = off.chars() as i64;
    let clamp = |v: i64| v.clamp(0, n) as usize;
    let p = match pos {
        Some(v) => clamp(vm.expect_index(v)?),
        None => 0,
    };
    let e = match endpos {
        Some(v) => clamp(vm.expect_index(v)?),
        None => n as usize,
    };
    Ok((p, e.max(p)))
}

enum Mode {
    Search,
    Match,
    Full,
}

/// Find one match at or after byte `start` within `text` (already cut at endpos).
fn find_at(
    c: &Compiled,
    text: &str,
    start: usize,
    mode: &Mode,
    not_empty_at: Option<usize>,
) -> RunResult<Option<Spans>> {
    let re = if matches!(mode, Mode::Full) { &c.full } else { &c.plain };
    let mut from = start;
    loop {
        let caps = re.captures_from_pos(text, from).map_err(|e| match e {
            fancy_regex::Error::RuntimeError(fancy_regex::RuntimeError::BacktrackLimitExceeded) => {
                exc(ExcType::RuntimeError, "regular expression backtracking limit exceeded")
            }
            other => re_error(describe(&other)),
        })?;
        let Some(caps) = caps else { return Ok(None) };
        let spans: Vec<Option<(usize, usize)>> = (0..re.captures_len())
            .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
            .collect();
        let Some(Some((s, e))) = spans.first().copied() else {
            return Ok(None);
        };
        if !matches!(mode, Mode::Search) && s != start {
            return Ok(None);
        }
        if not_empty_at == Some(s) && s == e {
            // Python forbids an empty match right where the previous empty match was
            let Some(ch) = text[s..].chars().next() else {
                return Ok(None);
            };
            from = s + ch.len_utf8();
            continue;
        }
        return Ok(Some(spans));
    }
}

fn make_match(
    vm: &mut Vm<'_, '_>,
    string: Value,
    pat: Value,
    spans: Vec<Option<(usize, usize)>>,
    pos: usize,
    endpos: usize,
) -> RunResult<Value> {
    vm.heap.alloc(Obj::Std(StdObj::Match(Box::new(MatchObj {
        string,
        re: pat,
        spans,
        pos,
        endpos,
    }))))
}

/// `search`/`match`/`fullmatch` on a pattern value.
fn run_one(
    vm: &mut Vm<'_, '_>,
    pat: Value,
    string: Value,
    pos: Option<Value>,
    endpos: Option<Value>,
    mode: &Mode,
) -> RunResult<Value> {
    let text = subject(vm, string)?;
    let off = Offsets::new(&text);
    let (p, e) = bounds(vm, &off, pos, endpos)?;
    let c = compiled(vm, pat)?;
    let cut = &text[..off.to_byte(e)];
    vm.tick_many(cut.len() / 16)?;
    match find_at(&c, cut, off.to_byte(p), mode, None)? {
        Some(spans) => make_match(vm, string, pat, spans, p, e),
        None => Ok(Value::None),
    }
}

/// Every match, Python's way: after an empty match the next may not be empty at the same place.
fn all_matches(vm: &mut Vm<'_, '_>, pat: Value, text: &str, limit: usize) -> RunResult<Vec<Spans>> {
    let c = compiled(vm, pat)?;
    let mut out = Vec::new();
    let mut at = 0;
    let mut forbid = None;
    while at <= text.len() && (limit == 0 || out.len() < limit) {
        vm.tick()?;
        let Some(spans) = find_at(&c, text, at, &Mode::Search, forbid)? else {
            break;
        };
        let Some(Some((s, e))) = spans.first().copied() else {
            break;
        };
        forbid = if s == e { Some(e) } else { None };
        at = e;
        vm.heap.charge(spans.len() * 16)?;
        out.push(spans);
        let _ = s;
    }
    Ok(out)
}

fn slice_val(vm: &mut Vm<'_, '_>, text: &str, span: Option<(usize, usize)>, default: Value) -> RunResult<Value> {
    match span {
        Some((s, e)) => vm.new_str(text.get(s..e).unwrap_or("")),
        None => Ok(default),
    }
}

fn findall_on(vm: &mut Vm<'_, '_>, pat: Value, string: Value) -> RunResult<Value> {
    let text = subject(vm, string)?;
    let matches = all_matches(vm, pat, &text, 0)?;
    let mut items = Vec::with_capacity(matches.len());
    let empty = vm.new_str("")?;
    for spans in matches {
        let v = match spans.len() {
            0 | 1 => slice_val(vm, &text, spans.first().copied().flatten(), empty)?,
            2 => slice_val(vm, &text, spans[1], empty)?,
            _ => {
                let mut parts = Vec::with_capacity(spans.len() - 1);
                for sp in &spans[1..] {
                    parts.push(slice_val(vm, &text, *sp, empty)?);
                }
                vm.heap.alloc_tuple(parts)?
            }
        };
        items.push(v);
    }
    vm.heap.alloc_list(items)
}

fn finditer_on(vm: &mut Vm<'_, '_>, pat: Value, string: Value) -> RunResult<Value> {
    let text = subject(vm, string)?;
    let n = text.chars().count();
    let matches = all_matches(vm, pat, &text, 0)?;
    let mut items = Vec::with_capacity(matches.len());
    for spans in matches {
        items.push(make_match(vm, string, pat, spans, 0, n)?);
    }
    let list = vm.heap.alloc_list(items)?;
    vm.get_iter(list)
}

/// Expand a replacement template for one match.
fn expand_template(
    vm: &Vm<'_, '_>,
    tpl: &str,
    text: &str,
    spans: &[Option<(usize, usize)>],
    names: &[(String, usize)],
) -> RunResult<String> {
    let _ = vm;
    let mut out = String::new();
    let chars: Vec<char> = tpl.chars().collect();
    let mut i = 0;
    let group = |n: usize, at: usize, out: &mut String| -> RunResult<()> {
        match spans.get(n) {
            Some(Some((s, e))) => {
                out.push_str(text.get(*s..*e).unwrap_or(""));
                Ok(())
            }
            Some(None) => Ok(()),
            None => Err(re_error(format!("invalid group reference {n} at position {at}"))),
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&n) = chars.get(i + 1) else {
            return Err(re_error(format!("bad escape (end of pattern) at position {i}")));
        };
        match n {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            '\\' => out.push('\\'),
            'g' => {
                if chars.get(i + 2) != Some(&'<') {
                    return Err(re_error(format!("missing < at position {}", i + 2)));
                }
                let Some(end) = chars[i + 3..].iter().position(|&c| c == '>').map(|k| i + 3 + k) else {
                    return Err(re_error(format!("missing >, unterminated name at position {}", i + 3)));
                };
                let name: String = chars[i + 3..end].iter().collect();
                let idx = match name.parse::<usize>() {
                    Ok(n) => n,
                    Err(_) => match names.iter().find(|(n, _)| *n == name) {
                        Some((_, k)) => *k,
                        None => return Err(exc(ExcType::IndexError, format!("unknown group name '{name}'"))),
                    },
                };
                group(idx, i + 3, &mut out)?;
                i = end + 1;
                continue;
            }
            '0'..='9' => {
                let mut num = n.to_digit(10).unwrap_or(0) as usize;
                let mut j = i + 2;
                if let Some(d) = chars.get(j).and_then(|c| c.to_digit(10)) {
                    num = num * 10 + d as usize;
                    j += 1;
                }
                group(num, i + 1, &mut out)?;
                i = j;
                continue;
            }
            c if c.is_ascii_alphabetic() => {
                return Err(re_error(format!("bad escape \\{c} at position {i}")));
            }
            c => {
                out.push('\\');
                out.push(c);
            }
        }
        i += 2;
    }
    Ok(out)
}

fn names_of(vm: &Vm<'_, '_>, pat: Value) -> Vec<(String, usize)> {
    match pat {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Std(StdObj::Pattern(p)) => p.names.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn subn_on(vm: &mut Vm<'_, '_>, pat: Value, repl: Value, string: Value, count: usize) -> RunResult<(Value, usize)> {
    let text = subject(vm, string)?;
    let matches = all_matches(vm, pat, &text, count)?;
    let names = names_of(vm, pat);
    let tpl = vm.str_of(repl).map(str::to_owned);
    if tpl.is_none() && !vm.is_callable_value(repl) {
        return Err(exc(
            ExcType::TypeError,
            format!("expected str instance, {} found", vm.type_name(repl)),
        ));
    }
    let n_chars = text.chars().count();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let base = vm.stack.len();
    let mut n = 0;
    for spans in matches {
        let Some(Some((s, e))) = spans.first().copied() else {
            continue;
        };
        out.push_str(text.get(last..s).unwrap_or(""));
        match &tpl {
            Some(t) => out.push_str(&expand_template(vm, t, &text, &spans, &names)?),
            None => {
                let m = make_match(vm, string, pat, spans, 0, n_chars)?;
                vm.stack.push(m);
                let r = vm.call_sync(repl, vec![m]);
                let r = match r {
                    Ok(r) => r,
                    Err(e) => {
                        vm.stack.truncate(base);
                        return Err(e);
                    }
                };
                match vm.str_of(r) {
                    Some(s) => out.push_str(s),
                    None => {
                        vm.stack.truncate(base);
                        return Err(exc(
                            ExcType::TypeError,
                            format!("expected str instance, {} found", vm.type_name(r)),
                        ));
                    }
                }
            }
        }
        if out.len() > 4096 {
            vm.heap.check_alloc(out.len())?;
        }
        last = e;
        n += 1;
    }
    vm.stack.truncate(base);
    out.push_str(text.get(last..).unwrap_or(""));
    Ok((vm.new_str(out)?, n))
}

fn split_on(vm: &mut Vm<'_, '_>, pat: Value, string: Value, maxsplit: usize) -> RunResult<Value> {
    let text = subject(vm, string)?;
    let matches = all_matches(vm, pat, &text, maxsplit)?;
    let mut items = Vec::new();
    let mut last = 0;
    for spans in matches {
        let Some(Some((s, e))) = spans.first().copied() else {
            continue;
        };
        items.push(vm.new_str(text.get(last..s).unwrap_or(""))?);
        for sp in spans.iter().skip(1) {
            items.push(slice_val(vm, &text, *sp, Value::None)?);
        }
        last = e;
    }
    items.push(vm.new_str(text.get(last..).unwrap_or(""))?);
    vm.heap.alloc_list(items)
}

// ------------------------------------------------------------ module functions

/// `(pattern, string, flags)` of a module-level function, plus extra named args.
fn module_args(vm: &mut Vm<'_, '_>, args: &mut Args, extra: &[&str]) -> RunResult<(Value, Vec<Value>)> {
    let mut named: Vec<Option<Value>> = Vec::new();
    for n in ["pattern", "string"].iter().chain(extra) {
        named.push(args.take_kw(vm, n));
    }
    let flags_kw = args.take_kw(vm, "flags");
    args.finish_kw(vm)?;
    let mut vals = Vec::new();
    let total = 2 + extra.len();
    for (i, slot) in named.iter().enumerate() {
        match (args.pos.get(i), slot) {
            (Some(v), _) => vals.push(*v),
            (None, Some(v)) => vals.push(*v),
            (None, None) if i < 2 || (extra.first() == Some(&"repl") && i < 3) => {
                let name = if i == 0 {
                    "pattern"
                } else if i == 1 {
                    "string"
                } else {
                    "repl"
                };
                return Err(exc(
                    ExcType::TypeError,
                    format!("{}() missing required argument '{name}' (pos {})", args.name, i + 1),
                ));
            }
            (None, None) => vals.push(Value::Undef),
        }
    }
    let flags = flags_arg(vm, args.pos.get(total).copied().or(flags_kw))?;
    if args.pos.len() > total + 1 {
        return Err(exc(
            ExcType::TypeError,
            format!(
                "{}() takes at most {} arguments ({} given)",
                args.name,
                total + 1,
                args.pos.len()
            ),
        ));
    }
    let pat = pattern_of(vm, vals[0], flags)?;
    Ok((pat, vals))
}

fn search(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let (p, v) = module_args(vm, &mut args, &[])?;
    run_one(vm, p, v[1], None, None, &Mode::Search)
}

fn match_(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let (p, v) = module_args(vm, &mut args, &[])?;
    run_one(vm, p, v[1], None, None, &Mode::Match)
}

fn fullmatch(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let (p, v) = module_args(vm, &mut args, &[])?;
    run_one(vm, p, v[1], None, None, &Mode::Full)
}

fn findall(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let (p, v) = module_args(vm, &mut args, &[])?;
    findall_on(vm, p, v[1])
}

fn finditer(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let (p, v) = module_args(vm, &mut args, &[])?;
    finditer_on(vm, p, v[1])
}

fn count_of(vm: &Vm<'_, '_>, v: Value) -> RunResult<usize> {
    if v == Value::Undef {
        return Ok(0);
    }
    Ok(usize::try_from(vm.expect_index(v)?).unwrap_or(0))
}

/// `sub(pattern, repl, string, count=0, flags=0)`: reorder to (pattern, string, repl).
fn sub_args(vm: &mut Vm<'_, '_>, args: &mut Args) -> RunResult<(Value, Value, Value, usize)> {
    if args.pos.len() >= 3 {
        args.pos.swap(1, 2);
    } else if args.pos.len() == 2 {
        // repl positional, string by keyword
        let repl = args.pos.remove(1);
        let k = vm.new_str("repl")?;
        args.kw.push((k, repl));
    }
    let (p, v) = module_args(vm, args, &["repl", "count"])?;
    let count = count_of(vm, v[3])?;
    Ok((p, v[2], v[1], count))
}

fn sub(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let (p, repl, string, count) = sub_args(vm, &mut args)?;
    Ok(subn_on(vm, p, repl, string, count)?.0)
}

fn subn(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let (p, repl, string, count) = sub_args(vm, &mut args)?;
    let (s, n) = subn_on(vm, p, repl, string, count)?;
    vm.heap.alloc_tuple(vec![s, Value::Int(n as i64)])
}

fn split(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let (p, v) = module_args(vm, &mut args, &["maxsplit"])?;
    let max = count_of(vm, v[2])?;
    split_on(vm, p, v[1], max)
}

// ------------------------------------------------------------ pattern methods

fn pat_bounds(vm: &mut Vm<'_, '_>, args: &mut Args) -> RunResult<(Value, Option<Value>, Option<Value>)> {
    let s_kw = args.take_kw(vm, "string");
    let pos_kw = args.take_kw(vm, "pos");
    let end_kw = args.take_kw(vm, "endpos");
    args.finish_kw(vm)?;
    let a = &args.pos;
    let Some(s) = a.first().copied().or(s_kw) else {
        return Err(exc(
            ExcType::TypeError,
            format!("{}() missing required argument 'string' (pos 1)", args.name),
        ));
    };
    Ok((s, a.get(1).copied().or(pos_kw), a.get(2).copied().or(end_kw)))
}

fn pat_search(vm: &mut Vm<'_, '_>, p: Value, mut args: Args) -> RunResult<Value> {
    let (s, pos, end) = pat_bounds(vm, &mut args)?;
    run_one(vm, p, s, pos, end, &Mode::Search)
}

fn pat_match(vm: &mut Vm<'_, '_>, p: Value, mut args: Args) -> RunResult<Value> {
    let (s, pos, end) = pat_bounds(vm, &mut args)?;
    run_one(vm, p, s, pos, end, &Mode::Match)
}

fn pat_fullmatch(vm: &mut Vm<'_, '_>, p: Value, mut args: Args) -> RunResult<Value> {
    let (s, pos, end) = pat_bounds(vm, &mut args)?;
    run_one(vm, p, s, pos, end, &Mode::Full)
}

fn pat_findall(vm: &mut Vm<'_, '_>, p: Value, mut args: Args) -> RunResult<Value> {
    let (s, _, _) = pat_bounds(vm, &mut args)?;
    findall_on(vm, p, s)
}

fn pat_finditer(vm: &mut Vm<'_, '_>, p: Value, mut args: Args) -> RunResult<Value> {
    let (s, _, _) = pat_bounds(vm, &mut args)?;
    finditer_on(vm, p, s)
}

fn pat_sub_args(vm: &mut Vm<'_, '_>, args: &mut Args) -> RunResult<(Value, Value, usize)> {
    let repl_kw = args.take_kw(vm, "repl");
    let s_kw = args.take_kw(vm, "string");
    let count_kw = args.take_kw(vm, "count");
    args.finish_kw(vm)?;
    let a = &args.pos;
    let (Some(repl), Some(s)) = (a.first().copied().or(repl_kw), a.get(1).copied().or(s_kw)) else {
        return Err(exc(
            ExcType::TypeError,
            format!("{}() missing required argument 'string' (pos 2)", args.name),
        ));
    };
    let count = count_of(vm, a.get(2).copied().or(count_kw).unwrap_or(Value::Undef))?;
    Ok((repl, s, count))
}

fn pat_sub(vm: &mut Vm<'_, '_>, p: Value, mut args: Args) -> RunResult<Value> {
    let (repl, s, count) = pat_sub_args(vm, &mut args)?;
    Ok(subn_on(vm, p, repl, s, count)?.0)
}

fn pat_subn(vm: &mut Vm<'_, '_>, p: Value, mut args: Args) -> RunResult<Value> {
    let (repl, s, count) = pat_sub_args(vm, &mut args)?;
    let (r, n) = subn_on(vm, p, repl, s, count)?;
    vm.heap.alloc_tuple(vec![r, Value::Int(n as i64)])
}

fn pat_split(vm: &mut Vm<'_, '_>, p: Value, mut args: Args) -> RunResult<Value> {
    let s_kw = args.take_kw(vm, "string");
    let max_kw = args.take_kw(vm, "maxsplit");
    args.finish_kw(vm)?;
    let Some(s) = args.pos.first().copied().or(s_kw) else {
        return Err(exc(
            ExcType::TypeError,
            "split() missing required argument 'string' (pos 1)",
        ));
    };
    let max = count_of(vm, args.pos.get(1).copied().or(max_kw).unwrap_or(Value::Undef))?;
    split_on(vm, p, s, max)
}

// ------------------------------------------------------------ match methods

fn match_obj(vm: &Vm<'_, '_>, m: Value) -> RunResult<(MatchObj, String)> {
    let Value::Ref(id) = m else {
        return Err(RunError::Internal("match"));
    };
    let Obj::Std(StdObj::Match(mo)) = vm.heap.get(id) else {
        return Err(RunError::Internal("match"));
    };
    let mo = (**mo).clone();
    let text = vm.str_of(mo.string).unwrap_or("").to_owned();
    Ok((mo, text))
}

/// Resolve a group argument (index or name).
fn group_index(vm: &Vm<'_, '_>, mo: &MatchObj, g: Value) -> RunResult<usize> {
    if let Some(name) = vm.str_of(g) {
        let names = names_of(vm, mo.re);
        return names
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, i)| *i)
            .ok_or_else(|| exc(ExcType::IndexError, "no such group"));
    }
    match g {
        Value::Int(_) | Value::Bool(_) => {
            let i = vm.index_of(g).unwrap_or(-1);
            usize::try_from(i)
                .ok()
                .filter(|&i| i < mo.spans.len())
                .ok_or_else(|| exc(ExcType::IndexError, "no such group"))
        }
        _ => Err(exc(ExcType::IndexError, "no such group")),
    }
}

fn m_group(vm: &mut Vm<'_, '_>, m: Value, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let (mo, text) = match_obj(vm, m)?;
    if args.pos.len() <= 1 {
        let g = match args.pos.first() {
            Some(&g) => group_index(vm, &mo, g)?,
            None => 0,
        };
        return slice_val(vm, &text, mo.spans[g], Value::None);
    }
    let mut out = Vec::with_capacity(args.pos.len());
    for &g in &args.pos {
        let g = group_index(vm, &mo, g)?;
        out.push(slice_val(vm, &text, mo.spans[g], Value::None)?);
    }
    vm.heap.alloc_tuple(out)
}

/// `m[g]`
pub(super) fn getitem(vm: &mut Vm<'_, '_>, m: Value, g: Value) -> RunResult<Value> {
    let (mo, text) = match_obj(vm, m)?;
    let g = group_index(vm, &mo, g)?;
    slice_val(vm, &text, mo.spans[g], Value::None)
}

fn default_arg(vm: &mut Vm<'_, '_>, args: &mut Args) -> RunResult<Value> {
    let d = args.take_kw(vm, "default");
    args.finish_kw(vm)?;
    Ok(args.pos.first().copied().or(d).unwrap_or(Value::None))
}

fn m_groups(vm: &mut Vm<'_, '_>, m: Value, mut args: Args) -> RunResult<Value> {
    let default = default_arg(vm, &mut args)?;
    let (mo, text) = match_obj(vm, m)?;
    let mut out = Vec::new();
    for sp in mo.spans.iter().skip(1) {
        out.push(slice_val(vm, &text, *sp, default)?);
    }
    vm.heap.alloc_tuple(out)
}

fn m_groupdict(vm: &mut Vm<'_, '_>, m: Value, mut args: Args) -> RunResult<Value> {
    let default = default_arg(vm, &mut args)?;
    let (mo, text) = match_obj(vm, m)?;
    let names = names_of(vm, mo.re);
    let d = vm.build_map(&[])?;
    for (name, i) in names {
        let k = vm.new_str(name)?;
        let v = slice_val(vm, &text, mo.spans.get(i).copied().flatten(), default)?;
        vm.dict_set(d, k, v)?;
    }
    Ok(d)
}

fn span_of(vm: &Vm<'_, '_>, m: Value, args: &Args) -> RunResult<(i64, i64)> {
    args.no_kw()?;
    let (mo, text) = match_obj(vm, m)?;
    let g = match args.pos.first() {
        Some(&g) => group_index(vm, &mo, g)?,
        None => 0,
    };
    let off = Offsets::new(&text);
    Ok(match mo.spans[g] {
        Some((s, e)) => (off.to_char(s) as i64, off.to_char(e) as i64),
        None => (-1, -1),
    })
}

fn m_start(vm: &mut Vm<'_, '_>, m: Value, args: Args) -> RunResult<Value> {
    Ok(Value::Int(span_of(vm, m, &args)?.0))
}

fn m_end(vm: &mut Vm<'_, '_>, m: Value, args: Args) -> RunResult<Value> {
    Ok(Value::Int(span_of(vm, m, &args)?.1))
}

fn m_span(vm: &mut Vm<'_, '_>, m: Value, args: Args) -> RunResult<Value> {
    let (s, e) = span_of(vm, m, &args)?;
    vm.heap.alloc_tuple(vec![Value::Int(s), Value::Int(e)])
}

fn m_expand(vm: &mut Vm<'_, '_>, m: Value, args: Args) -> RunResult<Value> {
    let t = args.one()?;
    let t = vm.expect_str(t, "expand() argument")?;
    let (mo, text) = match_obj(vm, m)?;
    let names = names_of(vm, mo.re);
    let s = expand_template(vm, &t, &text, &mo.spans, &names)?;
    vm.new_str(s)
}

/// Data attributes of patterns and matches.
pub(super) fn data_attr(vm: &mut Vm<'_, '_>, id: HeapId, name: &str) -> RunResult<Option<Value>> {
    let Obj::Std(s) = vm.heap.get(id) else {
        return Ok(None);
    };
    match s {
        StdObj::Pattern(p) => Ok(Some(match name {
            "pattern" => {
                let src = p.source.clone();
                vm.new_str(src)?
            }
            "flags" => Value::Int(p.flags),
            "groups" => Value::Int(p.groups as i64),
            "groupindex" => {
                let names = p.names.clone();
                let d = vm.build_map(&[])?;
                for (n, i) in names {
                    let k = vm.new_str(n)?;
                    vm.dict_set(d, k, Value::Int(i as i64))?;
                }
                d
            }
            _ => return Ok(None),
        })),
        StdObj::Match(m) => {
            let m = (**m).clone();
            Ok(Some(match name {
                "string" => m.string,
                "re" => m.re,
                "pos" => Value::Int(m.pos as i64),
                "endpos" => Value::Int(m.endpos as i64),
                "lastindex" => {
                    // the group that closed last: the one with the greatest end, outermost first
                    let mut best: Option<(usize, usize)> = None;
                    for (i, sp) in m.spans.iter().enumerate().skip(1) {
                        if let Some((_, e)) = sp
                            && best.is_none_or(|(_, be)| *e > be)
                        {
                            best = Some((i, *e));
                        }
                    }
                    best.map_or(Value::None, |(i, _)| Value::Int(i as i64))
                }
                "lastgroup" => {
                    let mut best: Option<(usize, usize)> = None;
                    for (i, sp) in m.spans.iter().enumerate().skip(1) {
                        if let Some((_, e)) = sp
                            && best.is_none_or(|(_, be)| *e > be)
                        {
                            best = Some((i, *e));
                        }
                    }
                    let names = names_of(vm, m.re);
                    match best.and_then(|(i, _)| names.iter().find(|(_, k)| *k == i)) {
                        Some((n, _)) => {
                            let n = n.clone();
                            vm.new_str(n)?
                        }
                        None => Value::None,
                    }
                }
                _ => return Ok(None),
            }))
        }
        _ => Ok(None),
    }
}

/// `repr()` of patterns and matches.
pub(super) fn repr(vm: &mut Vm<'_, '_>, id: HeapId) -> RunResult<Option<String>> {
    let Obj::Std(s) = vm.heap.get(id) else {
        return Ok(None);
    };
    match s {
        StdObj::Pattern(p) => {
            let src = crate::object::str_repr::str_repr(&p.source);
            let flags = p.flags & !U;
            let mut names = Vec::new();
            for (bit, n) in [
                (I, "IGNORECASE"),
                (L, "LOCALE"),
                (M, "MULTILINE"),
                (S, "DOTALL"),
                (X, "VERBOSE"),
                (A, "ASCII"),
            ] {
                if flags & bit != 0 {
                    names.push(format!("re.{n}"));
                }
            }
            Ok(Some(if names.is_empty() {
                format!("re.compile({src})")
            } else {
                format!("re.compile({src}, {})", names.join("|"))
            }))
        }
        StdObj::Match(m) => {
            let m = (**m).clone();
            let text = vm.str_of(m.string).unwrap_or("").to_owned();
            let off = Offsets::new(&text);
            let (s, e) = m.spans.first().copied().flatten().unwrap_or((0, 0));
            let matched = crate::object::str_repr::str_repr(text.get(s..e).unwrap_or(""));
            Ok(Some(format!(
                "<re.Match object; span=({}, {}), match={matched}>",
                off.to_char(s),
                off.to_char(e)
            )))
        }
        _ => Ok(None),
    }
}
