//! `str` methods.

use super::super::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

use super::unichar;

fn text(vm: &Vm<'_, '_>, v: Value) -> RunResult<String> {
    vm.str_of(v)
        .map(str::to_owned)
        .ok_or(RunError::Internal("str method on non-str"))
}

fn new_list_of_strs(vm: &mut Vm<'_, '_>, parts: Vec<String>) -> RunResult<Value> {
    vm.heap.check_alloc(parts.len() * 48)?;
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(vm.new_str(p)?);
    }
    vm.heap.alloc_list(items)
}

fn opt_str_arg(vm: &Vm<'_, '_>, v: Option<Value>) -> RunResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => vm.str_of(v).map(|s| Some(s.to_owned())).ok_or_else(|| {
            exc(
                ExcType::TypeError,
                format!("must be str or None, not {}", vm.type_name(v)),
            )
        }),
    }
}

pub(crate) fn join(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let sep = text(vm, this)?;
    let it = args.one()?;
    let items = vm.collect(it)?;
    let mut total = 0usize;
    for (i, &item) in items.iter().enumerate() {
        match vm.str_of(item) {
            Some(s) => total += s.len() + sep.len(),
            None => {
                return Err(exc(
                    ExcType::TypeError,
                    format!("sequence item {i}: expected str instance, {} found", vm.type_name(item)),
                ));
            }
        }
    }
    vm.heap.check_alloc(total)?;
    let mut out = String::with_capacity(total);
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(vm.str_of(item).unwrap_or(""));
    }
    vm.new_str(out)
}

fn split_impl(vm: &mut Vm<'_, '_>, this: Value, mut args: Args, from_right: bool) -> RunResult<Value> {
    let s = text(vm, this)?;
    let (sep, max) = args.two_optional(vm, "sep", "maxsplit")?;
    let sep = opt_str_arg(vm, sep)?;
    let maxsplit = match max {
        Some(v) => vm.expect_index(v)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        usize::try_from(maxsplit).unwrap_or(usize::MAX)
    };
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(exc(ExcType::ValueError, "empty separator"));
            }
            if from_right {
                let mut v: Vec<String> = s
                    .rsplitn(max.saturating_add(1), sep.as_str())
                    .map(str::to_owned)
                    .collect();
                v.reverse();
                v
            } else {
                s.splitn(max.saturating_add(1), sep.as_str())
                    .map(str::to_owned)
                    .collect()
            }
        }
        None => whitespace_split(&s, max, from_right),
    };
    new_list_of_strs(vm, parts)
}

fn whitespace_split(s: &str, max: usize, from_right: bool) -> Vec<String> {
    let mut out = Vec::new();
    if from_right {
        let chars: Vec<char> = s.chars().collect();
        let mut end = chars.len();
        loop {
            while end > 0 && is_py_space(chars[end - 1]) {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            if out.len() == max {
                out.push(chars[..end].iter().collect());
                break;
            }
            let mut start = end;
            while start > 0 && !is_py_space(chars[start - 1]) {
                start -= 1;
            }
            out.push(chars[start..end].iter().collect());
            end = start;
        }
        out.reverse();
    } else {
        let mut rest = s.trim_start_matches(is_py_space);
        while !rest.is_empty() {
            if out.len() == max {
                out.push(rest.to_owned());
                break;
            }
            let end = rest.find(is_py_space).unwrap_or(rest.len());
            out.push(rest[..end].to_owned());
            rest = rest[end..].trim_start_matches(is_py_space);
        }
    }
    out
}

pub(crate) fn split(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    split_impl(vm, this, args, false)
}

pub(crate) fn rsplit(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    split_impl(vm, this, args, true)
}

fn strip_impl(vm: &mut Vm<'_, '_>, this: Value, args: Args, left: bool, right: bool) -> RunResult<Value> {
    let s = text(vm, this)?;
    let a = args.range(0, 1)?.to_vec();
    let chars = opt_str_arg(vm, a.first().copied())?;
    let pred = |c: char| match &chars {
        Some(set) => set.contains(c),
        None => is_py_space(c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    let r = r.to_owned();
    vm.new_str(r)
}

pub(crate) fn strip(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    strip_impl(vm, this, args, true, true)
}

pub(crate) fn lstrip(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    strip_impl(vm, this, args, true, false)
}

pub(crate) fn rstrip(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    strip_impl(vm, this, args, false, true)
}

pub(crate) fn upper(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let s = text(vm, this)?.to_uppercase();
    vm.new_str(s)
}

pub(crate) fn lower(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let s = text(vm, this)?.to_lowercase();
    vm.new_str(s)
}

pub(crate) fn replace(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let s = text(vm, this)?;
    let a = args.range(2, 3)?.to_vec();
    let old = vm.expect_str(a[0], "replace() argument 1")?;
    let new = vm.expect_str(a[1], "replace() argument 2")?;
    let count = match a.get(2) {
        Some(&c) => vm.expect_index(c)?,
        None => -1,
    };
    let n = if count < 0 {
        usize::MAX
    } else {
        usize::try_from(count).unwrap_or(usize::MAX)
    };
    let occurrences = if old.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(old.as_str()).count()
    };
    let growth = occurrences.min(n).saturating_mul(new.len());
    vm.heap.check_alloc(s.len().saturating_add(growth))?;
    let out = if old.is_empty() {
        let mut out = String::new();
        let mut done = 0;
        for c in s.chars() {
            if done < n {
                out.push_str(&new);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.push_str(&new);
        }
        out
    } else {
        s.replacen(old.as_str(), &new, n)
    };
    vm.new_str(out)
}

/// Resolve optional start/end (character indices) into a byte range of `s`;
/// the flag says the start lies past the end of `s` (CPython then finds nothing, not even "").
fn char_range(vm: &Vm<'_, '_>, s: &str, start: Option<Value>, end: Option<Value>) -> RunResult<(usize, usize, bool)> {
    let nchars = i64::try_from(s.chars().count()).unwrap_or(i64::MAX);
    let norm = |v: Option<Value>, default: i64| -> RunResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.expect_index(v).map_err(|_| {
                    exc(
                        ExcType::TypeError,
                        "slice indices must be integers or None or have an __index__ method",
                    )
                })?;
                Ok(if i < 0 { (i.saturating_add(nchars)).max(0) } else { i })
            }
        }
    };
    let raw_st = norm(start, 0)?;
    let past = raw_st > nchars;
    let st = raw_st.min(nchars);
    let en = norm(end, nchars)?.min(nchars);
    let to_byte = |ci: i64| {
        s.char_indices()
            .nth(usize::try_from(ci).unwrap_or(0))
            .map_or(s.len(), |(b, _)| b)
    };
    let sb = to_byte(st);
    let eb = if en < st { sb } else { to_byte(en) };
    Ok((sb, eb, past))
}

fn affix(vm: &mut Vm<'_, '_>, this: Value, args: Args, start: bool) -> RunResult<Value> {
    let s = text(vm, this)?;
    let a = args.range(1, 3)?.to_vec();
    let (sb, eb, past) = char_range(vm, &s, a.get(1).copied(), a.get(2).copied())?;
    let hay = if sb > eb || past { None } else { Some(&s[sb..eb]) };
    let name = if start { "startswith" } else { "endswith" };
    let matches = |c: &str| match hay {
        None => false,
        Some(h) if start => h.starts_with(c),
        Some(h) => h.ends_with(c),
    };
    if let Some(x) = vm.str_of(a[0]) {
        return Ok(Value::Bool(matches(x)));
    }
    let tuple = match a[0] {
        Value::Ref(id) => match vm.heap.get(id) {
            Obj::Tuple(t) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(t) = tuple else {
        return Err(exc(
            ExcType::TypeError,
            format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(a[0])
            ),
        ));
    };
    for v in t {
        match vm.str_of(v) {
            Some(x) if matches(x) => return Ok(Value::Bool(true)),
            Some(_) => {}
            None => {
                return Err(exc(
                    ExcType::TypeError,
                    format!("tuple for {name} must only contain str, not {}", vm.type_name(v)),
                ));
            }
        }
    }
    Ok(Value::Bool(false))
}

pub(crate) fn startswith(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    affix(vm, this, args, true)
}

pub(crate) fn endswith(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    affix(vm, this, args, false)
}

/// Character index of `needle` in `s[start:end]`, searching from the left or right.
fn find_impl(vm: &mut Vm<'_, '_>, this: Value, args: &Args, right: bool) -> RunResult<i64> {
    let s = text(vm, this)?;
    let a = args.range(1, 3)?.to_vec();
    let needle = vm
        .expect_str(a[0], "must be str")
        .map_err(|_| exc(ExcType::TypeError, format!("must be str, not {}", vm.type_name(a[0]))))?;
    let (sb, eb, past) = char_range(vm, &s, a.get(1).copied(), a.get(2).copied())?;
    if sb > eb || past {
        return Ok(-1);
    }
    let hay = &s[sb..eb];
    let found = if right {
        hay.rfind(needle.as_str())
    } else {
        hay.find(needle.as_str())
    };
    Ok(match found {
        Some(b) => i64::try_from(s[..sb + b].chars().count()).unwrap_or(-1),
        None => -1,
    })
}

find_family!(find_impl, "substring not found");

pub(crate) fn count(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let s = text(vm, this)?;
    let a = args.range(1, 3)?.to_vec();
    let needle = vm.expect_str(a[0], "must be str")?;
    let (sb, eb, past) = char_range(vm, &s, a.get(1).copied(), a.get(2).copied())?;
    if sb > eb || past {
        return Ok(Value::Int(0));
    }
    let hay = &s[sb..eb];
    let n = if needle.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(needle.as_str()).count()
    };
    Ok(Value::Int(i64::try_from(n).unwrap_or(0)))
}

fn pred(vm: &mut Vm<'_, '_>, this: Value, args: &Args, f: impl Fn(&str) -> bool) -> RunResult<Value> {
    args.range(0, 0)?;
    let s = text(vm, this)?;
    Ok(Value::Bool(f(&s)))
}

pub(crate) fn isdigit(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| !s.is_empty() && s.chars().all(unichar::is_digit))
}

pub(crate) fn isdecimal(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| !s.is_empty() && s.chars().all(unichar::is_decimal))
}

pub(crate) fn isnumeric(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| !s.is_empty() && s.chars().all(unichar::is_numeric))
}

pub(crate) fn isalpha(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| !s.is_empty() && s.chars().all(char::is_alphabetic))
}

pub(crate) fn isalnum(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| {
        !s.is_empty() && s.chars().all(|c| c.is_alphabetic() || unichar::is_numeric(c))
    })
}

/// Whitespace as `str.isspace` and `str.split()` see it.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}

pub(crate) fn isspace(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| !s.is_empty() && s.chars().all(is_py_space))
}

pub(crate) fn isupper(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(|c| c.is_lowercase() || unichar::is_titlecase(c))
    })
}

pub(crate) fn islower(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(|c| c.is_uppercase() || unichar::is_titlecase(c))
    })
}

pub(crate) fn istitle(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in s.chars() {
            if c.is_uppercase() || unichar::is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

pub(crate) fn isidentifier(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| {
        let mut it = s.chars();
        it.next().is_some_and(unichar::is_id_start) && it.all(unichar::is_id_continue)
    })
}

pub(crate) fn isprintable(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| s.chars().all(unichar::is_printable))
}

pub(crate) fn isascii(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    pred(vm, this, &args, |s| s.is_ascii())
}

pub(crate) fn title(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let s = text(vm, this)?;
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            unichar::push_title(&mut out, c);
        }
        prev_cased = unichar::is_cased(c);
    }
    vm.new_str(out)
}

pub(crate) fn capitalize(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let s = text(vm, this)?;
    let mut out = String::with_capacity(s.len());
    if let Some(f) = s.chars().next() {
        unichar::push_title(&mut out, f);
        out.push_str(&s[f.len_utf8()..].to_lowercase());
    }
    vm.new_str(out)
}

pub(crate) fn casefold(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let s = text(vm, this)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        unichar::push_casefold(&mut out, c);
    }
    vm.new_str(out)
}

pub(crate) fn swapcase(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    args.range(0, 0)?;
    let s = text(vm, this)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    vm.new_str(out)
}

fn remove_affix(vm: &mut Vm<'_, '_>, this: Value, args: &Args, prefix: bool) -> RunResult<Value> {
    let s = text(vm, this)?;
    let a = args.one()?;
    let affix = vm.str_of(a).map(str::to_owned).ok_or_else(|| {
        exc(
            ExcType::TypeError,
            format!(
                "{}() argument must be str, not {}",
                if prefix { "removeprefix" } else { "removesuffix" },
                vm.type_name(a)
            ),
        )
    })?;
    let stripped = if prefix {
        s.strip_prefix(affix.as_str())
    } else {
        s.strip_suffix(affix.as_str())
    };
    match stripped {
        Some(r) if !affix.is_empty() => {
            let r = r.to_owned();
            vm.new_str(r)
        }
        _ => Ok(this),
    }
}

pub(crate) fn removeprefix(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    remove_affix(vm, this, &args, true)
}

pub(crate) fn removesuffix(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    remove_affix(vm, this, &args, false)
}

pub(crate) fn expandtabs(vm: &mut Vm<'_, '_>, this: Value, mut args: Args) -> RunResult<Value> {
    let kw = args.take_kw(vm, "tabsize");
    args.finish_kw(vm)?;
    if args.pos.len() + usize::from(kw.is_some()) > 1 {
        return Err(crate::exceptions::messages::arity(
            "expandtabs",
            0,
            1,
            args.pos.len() + 1,
        ));
    }
    let tabsize = match kw.or_else(|| args.pos.first().copied()) {
        Some(v) => vm.expect_index(v)?,
        None => 8,
    };
    let s = text(vm, this)?;
    // SECURITY: the result's size is predictable; refuse it before building it.
    let mut needed: usize = 0;
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' if tabsize > 0 => {
                let n = tabsize - col % tabsize;
                needed = needed.saturating_add(usize::try_from(n).unwrap_or(0));
                col += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                needed = needed.saturating_add(1);
                col = 0;
            }
            _ => {
                needed = needed.saturating_add(c.len_utf8());
                col += 1;
            }
        }
    }
    vm.heap.check_alloc(needed)?;
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    let n = usize::try_from(n).unwrap_or(0);
                    vm.heap.check_alloc(out.len().saturating_add(n))?;
                    out.extend(std::iter::repeat_n(' ', n));
                    col += i64::try_from(n).unwrap_or(0);
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    vm.new_str(out)
}

pub(crate) fn splitlines(vm: &mut Vm<'_, '_>, this: Value, mut args: Args) -> RunResult<Value> {
    let keep_kw = args.take_kw(vm, "keepends");
    args.finish_kw(vm)?;
    let keep = match keep_kw.or_else(|| args.pos.first().copied()) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let s = text(vm, this)?;
    let mut parts = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let is_break = matches!(
            c,
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
        );
        if is_break {
            let mut end = i + 1;
            if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                end += 1;
            }
            let line: String = chars[start..if keep { end } else { i }].iter().collect();
            parts.push(line);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        parts.push(chars[start..].iter().collect());
    }
    new_list_of_strs(vm, parts)
}

fn justify(vm: &mut Vm<'_, '_>, this: Value, args: Args, mode: char) -> RunResult<Value> {
    let s = text(vm, this)?;
    let a = args.range(1, 2)?.to_vec();
    let width = vm.expect_index(a[0])?;
    let fill = match a.get(1) {
        Some(&f) => {
            let fs = vm.str_of(f).map(str::to_owned).unwrap_or_default();
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(exc(
                        ExcType::TypeError,
                        "The fill character must be exactly one character long",
                    ));
                }
            }
        }
        None => ' ',
    };
    let len = s.chars().count();
    let width = usize::try_from(width).unwrap_or(0);
    if width <= len {
        return Ok(this);
    }
    vm.heap.check_alloc(width * fill.len_utf8())?;
    let pad = width - len;
    let fills = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    let out = match mode {
        '<' => format!("{s}{}", fills(pad)),
        '>' => format!("{}{s}", fills(pad)),
        _ => {
            let left = pad / 2 + (pad & width & 1);
            format!("{}{s}{}", fills(left), fills(pad - left))
        }
    };
    vm.new_str(out)
}

pub(crate) fn center(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    justify(vm, this, args, '^')
}

pub(crate) fn ljust(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    justify(vm, this, args, '<')
}

pub(crate) fn rjust(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    justify(vm, this, args, '>')
}

pub(crate) fn zfill(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let s = text(vm, this)?;
    let w = args.one()?;
    let width = usize::try_from(vm.expect_index(w)?).unwrap_or(0);
    let len = s.chars().count();
    if width <= len {
        return Ok(this);
    }
    vm.heap.check_alloc(width)?;
    let zeros = "0".repeat(width - len);
    let out = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    vm.new_str(out)
}

fn partition_impl(vm: &mut Vm<'_, '_>, this: Value, args: Args, right: bool) -> RunResult<Value> {
    let s = text(vm, this)?;
    let sep_v = args.one()?;
    let sep = vm.expect_str(sep_v, "must be str")?;
    if sep.is_empty() {
        return Err(exc(ExcType::ValueError, "empty separator"));
    }
    let found = if right {
        s.rfind(sep.as_str())
    } else {
        s.find(sep.as_str())
    };
    let (a, b, c) = match found {
        Some(i) => (s[..i].to_owned(), sep.clone(), s[i + sep.len()..].to_owned()),
        None if right => (String::new(), String::new(), s.clone()),
        None => (s.clone(), String::new(), String::new()),
    };
    let items = vec![vm.new_str(a)?, vm.new_str(b)?, vm.new_str(c)?];
    vm.heap.alloc_tuple(items)
}

pub(crate) fn partition(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    partition_impl(vm, this, args, false)
}

pub(crate) fn rpartition(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    partition_impl(vm, this, args, true)
}

pub(crate) fn encode(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let s = text(vm, this)?;
    super::codecs::encode_str(vm, &s, args)
}

/// Where `str.format` finds its fields: call arguments, or a mapping for `format_map`.
enum FieldSource<'a> {
    Args(&'a Args),
    Mapping(Value),
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering: CPython forbids mixing them.
#[derive(Default)]
struct Numbering {
    next_auto: usize,
    auto: bool,
    manual: bool,
}

/// `str.format(*args, **kwargs)`
pub(crate) fn format(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let fmt = text(vm, this)?;
    let mut numbering = Numbering::default();
    let out = format_impl(vm, &fmt, &FieldSource::Args(&args), &mut numbering, 2)?;
    vm.new_str(out)
}

/// `str.format_map(mapping)`
pub(crate) fn format_map(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let fmt = text(vm, this)?;
    let mapping = args.one()?;
    let mut numbering = Numbering::default();
    let out = format_impl(vm, &fmt, &FieldSource::Mapping(mapping), &mut numbering, 2)?;
    vm.new_str(out)
}

fn lookup_field(vm: &mut Vm<'_, '_>, src: &FieldSource<'_>, base: &str, numbering: &mut Numbering) -> RunResult<Value> {
    if base.is_empty() {
        if numbering.manual {
            return Err(exc(
                ExcType::ValueError,
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        numbering.auto = true;
        let n = numbering.next_auto;
        numbering.next_auto += 1;
        return match src {
            FieldSource::Args(args) => args.pos.get(n).copied().ok_or_else(|| {
                exc(
                    ExcType::IndexError,
                    format!("Replacement index {n} out of range for positional args tuple"),
                )
            }),
            FieldSource::Mapping(_) => Err(exc(ExcType::ValueError, "Format string contains positional fields")),
        };
    }
    if base.bytes().all(|b| b.is_ascii_digit()) {
        if numbering.auto {
            return Err(exc(
                ExcType::ValueError,
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        numbering.manual = true;
        let n: usize = base
            .parse()
            .map_err(|_| exc(ExcType::ValueError, "Too many decimal digits in format string"))?;
        return match src {
            FieldSource::Args(args) => args.pos.get(n).copied().ok_or_else(|| {
                exc(
                    ExcType::IndexError,
                    format!("Replacement index {n} out of range for positional args tuple"),
                )
            }),
            FieldSource::Mapping(_) => Err(exc(ExcType::ValueError, "Format string contains positional fields")),
        };
    }
    match src {
        FieldSource::Args(args) => {
            let found = args
                .kw
                .iter()
                .find(|(k, _)| vm.str_of(*k) == Some(base))
                .map(|(_, v)| *v);
            match found {
                Some(v) => Ok(v),
                None => {
                    let k = vm.new_str(base)?;
                    Err(RunError::NewArgs(ExcType::KeyError, vec![k]))
                }
            }
        }
        FieldSource::Mapping(m) => {
            let k = vm.new_str(base)?;
            vm.getitem(*m, k)
        }
    }
}

/// One replacement field of a format string: `{name!conversion:spec}`.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
}

/// Read the replacement field that starts after the `{` at `start - 1`, as
/// CPython's format-string scanner does: the field name runs to `!`, `:` or `}`
/// (brackets quote everything); the character after `!` is the conversion,
/// whatever it is; the spec runs to the `}` that balances the braces it opens.
/// Returns the field and the index just past its closing `}`.
fn scan_field(chars: &[char], start: usize) -> Result<(Field, usize), &'static str> {
    let mut field = Field {
        name: String::new(),
        conversion: None,
        spec: String::new(),
    };
    let mut i = start;
    let mut in_bracket = false;
    // the field name
    loop {
        let Some(&c) = chars.get(i) else {
            return Err("expected '}' before end of string");
        };
        i += 1;
        match c {
            '[' if !in_bracket => in_bracket = true,
            ']' if in_bracket => in_bracket = false,
            '{' if !in_bracket => return Err("unexpected '{' in field name"),
            '}' | '!' | ':' if !in_bracket => {
                if c == '}' {
                    return Ok((field, i));
                }
                if c == '!' {
                    let Some(&conv) = chars.get(i) else {
                        return Err("end of string while looking for conversion specifier");
                    };
                    field.conversion = Some(conv);
                    i += 1;
                    match chars.get(i) {
                        None => return Err("unmatched '{' in format spec"),
                        Some('}') => return Ok((field, i + 1)),
                        Some(':') => i += 1,
                        Some(_) => return Err("expected ':' after conversion specifier"),
                    }
                }
                break;
            }
            _ => {}
        }
        field.name.push(c);
    }
    // the format spec, with nested fields balanced
    let mut depth = 1;
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok((field, i));
                }
            }
            _ => {}
        }
        field.spec.push(c);
    }
    Err("unmatched '{' in format spec")
}

fn format_impl(
    vm: &mut Vm<'_, '_>,
    fmt: &str,
    src: &FieldSource<'_>,
    numbering: &mut Numbering,
    depth_left: u32,
) -> RunResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            match chars.get(i + 1) {
                Some('{') => {
                    out.push('{');
                    i += 2;
                    continue;
                }
                None => return Err(exc(ExcType::ValueError, "Single '{' encountered in format string")),
                Some(_) => {}
            }
            let (field, j) = scan_field(&chars, i + 1).map_err(|m| exc(ExcType::ValueError, m))?;
            let name = field.name.as_str();
            let conv = field.conversion;
            let spec = field.spec.as_str();
            let (base, rest) = match name.find(['.', '[']) {
                Some(p) => (&name[..p], &name[p..]),
                None => (name, ""),
            };
            let mut value = lookup_field(vm, src, base, numbering)?;
            // attribute and index lookups: .name and [key]
            let mut r = rest;
            while !r.is_empty() {
                if let Some(after) = r.strip_prefix('.') {
                    let end = after.find(['.', '[']).unwrap_or(after.len());
                    if end == 0 {
                        return Err(exc(ExcType::ValueError, "Empty attribute in format string"));
                    }
                    value = vm.load_attr(value, &after[..end])?;
                    r = &after[end..];
                } else if let Some(after) = r.strip_prefix('[') {
                    let end = after
                        .find(']')
                        .ok_or_else(|| exc(ExcType::ValueError, "Missing ']' in format string"))?;
                    let key_text = &after[..end];
                    if key_text.is_empty() {
                        return Err(exc(ExcType::ValueError, "Empty attribute in format string"));
                    }
                    let key = if key_text.bytes().all(|b| b.is_ascii_digit()) {
                        match key_text.parse::<i64>() {
                            Ok(n) => Value::Int(n),
                            Err(_) => vm.new_str(key_text)?,
                        }
                    } else {
                        vm.new_str(key_text)?
                    };
                    value = vm.getitem(value, key)?;
                    r = &after[end + 1..];
                } else {
                    return Err(exc(
                        ExcType::ValueError,
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            }
            let conv_code = match conv {
                None => 0,
                Some('s') => 1,
                Some('r') => 2,
                Some('a') => 3,
                Some(other) => {
                    return Err(exc(
                        ExcType::ValueError,
                        format!("Unknown conversion specifier {other}"),
                    ));
                }
            };
            // nested fields in the spec, e.g. {:{w}}
            let spec = if spec.contains('{') {
                if depth_left <= 1 {
                    return Err(exc(ExcType::ValueError, "Max string recursion exceeded"));
                }
                format_impl(vm, spec, src, numbering, depth_left - 1)?
            } else {
                spec.to_owned()
            };
            let spec_v = vm.new_str(spec)?;
            let piece = vm.format_value(value, conv_code, Some(spec_v))?;
            out.push_str(vm.str_of(piece).unwrap_or(""));
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(exc(ExcType::ValueError, "Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}
