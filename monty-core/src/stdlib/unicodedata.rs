//! `unicodedata`: character properties from well-kept crates: `icu_properties`
//! (category, bidi class, East Asian width, mirrored, numeric type),
//! `unicode_names2` (names) and `unicode-normalization` (NFC/NFD/NFKC/NFKD and
//! combining classes).
//!
//! Their Unicode version is newer than CPython 3.11's 14.0.0: characters
//! assigned since then have properties here and none in CPython. Numeric values
//! come from the numeric type plus the compatibility decomposition (`²` -> `2`,
//! `½` -> `1⁄2`), so characters whose value has no decomposition (CJK numerals,
//! Roman numerals) have none (see docs/limitations.md).

use icu_properties::props::{BidiClass, BidiMirrored, EastAsianWidth, GeneralCategory, NumericType};
use icu_properties::{CodePointMapData, CodePointSetData, PropertyNamesShort};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::decompose_compatible;

use super::{Member, ModuleSpec};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    members: &[
        ("unidata_version", Member::Str("16.0.0")),
        ("category", Member::Fn(category)),
        ("bidirectional", Member::Fn(bidirectional)),
        ("east_asian_width", Member::Fn(east_asian_width)),
        ("combining", Member::Fn(combining)),
        ("mirrored", Member::Fn(mirrored)),
        ("name", Member::Fn(name)),
        ("lookup", Member::Fn(lookup)),
        ("decimal", Member::Fn(decimal)),
        ("digit", Member::Fn(digit)),
        ("numeric", Member::Fn(numeric)),
        ("normalize", Member::Fn(normalize)),
        ("is_normalized", Member::Fn(is_normalized)),
    ],
    all: None,
    source: None,
};

/// The one character of a str argument, or CPython's TypeError. `argument`
/// is `"argument"` for one-parameter functions and `"argument 1"` otherwise.
fn char_arg(vm: &Vm<'_, '_>, v: Value, func: &str, argument: &str) -> RunResult<char> {
    if let Value::Ref(id) = v
        && let Obj::Str(s) = vm.heap.get(id)
    {
        let mut chars = s.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(c);
        }
    }
    Err(exc(
        ExcType::TypeError,
        format!(
            "{func}() {argument} must be a unicode character, not {}",
            vm.type_name(v)
        ),
    ))
}

fn one_char(vm: &Vm<'_, '_>, args: &Args) -> RunResult<char> {
    let v = args.one()?;
    char_arg(vm, v, args.name, "argument")
}

/// `(chr, default)` of `name`, `decimal`, `digit` and `numeric`.
fn char_and_default(vm: &Vm<'_, '_>, args: &Args) -> RunResult<(char, Option<Value>)> {
    let a = args.range(1, 2)?;
    let c = char_arg(vm, a[0], args.name, "argument 1")?;
    Ok((c, a.get(1).copied()))
}

fn general_category(c: char) -> GeneralCategory {
    CodePointMapData::<GeneralCategory>::new().get(c)
}

fn category(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let c = one_char(vm, &args)?;
    let gc = general_category(c);
    let short = PropertyNamesShort::<GeneralCategory>::new().get(gc).unwrap_or("Cn");
    vm.new_str(short)
}

fn bidirectional(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let c = one_char(vm, &args)?;
    // unassigned code points have no class in CPython's table
    if general_category(c) == GeneralCategory::Unassigned {
        return vm.new_str("");
    }
    let class = CodePointMapData::<BidiClass>::new().get(c);
    let short = PropertyNamesShort::<BidiClass>::new().get(class).unwrap_or("");
    vm.new_str(short)
}

fn east_asian_width(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let c = one_char(vm, &args)?;
    let w = CodePointMapData::<EastAsianWidth>::new().get(c);
    let short = PropertyNamesShort::<EastAsianWidth>::new().get(w).unwrap_or("N");
    vm.new_str(short)
}

fn combining(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let c = one_char(vm, &args)?;
    // the normalizer's own table, so combining() agrees with normalize()
    Ok(Value::Int(i64::from(
        unicode_normalization::char::canonical_combining_class(c),
    )))
}

fn mirrored(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let c = one_char(vm, &args)?;
    let m = CodePointSetData::new::<BidiMirrored>().contains(c);
    Ok(Value::Int(i64::from(m)))
}

fn name(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (c, default) = char_and_default(vm, &args)?;
    match unicode_names2::name(c) {
        Some(n) => vm.new_str(n.to_string()),
        None => default.ok_or_else(|| exc(ExcType::ValueError, "no such name")),
    }
}

fn lookup(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let v = args.one()?;
    let text = vm.expect_str(v, "lookup() argument")?;
    // names are ASCII and short; anything long cannot be one (and is not scanned)
    let found = if text.len() <= 128 {
        unicode_names2::character(&text)
    } else {
        None
    };
    match found {
        Some(c) => vm.new_str(c.to_string()),
        None => {
            let msg = vm.new_str(format!("undefined character name '{text}'"))?;
            Err(RunError::NewArgs(ExcType::KeyError, vec![msg]))
        }
    }
}

/// The value of a decimal digit: its offset from the zero of its run of ten
/// (Unicode assigns every decimal digit set as ten consecutive code points, 0 first).
fn decimal_value(c: char) -> Option<u32> {
    let types = CodePointMapData::<NumericType>::new();
    if types.get(c) != NumericType::Decimal {
        return None;
    }
    // runs of tens can abut (the mathematical digits): the offset from the
    // start of the whole run, modulo ten (no run is longer than a few tens)
    let code = u32::from(c);
    let mut start = code;
    while code - start < 100
        && let Some(prev) = start.checked_sub(1).and_then(char::from_u32)
        && types.get(prev) == NumericType::Decimal
    {
        start -= 1;
    }
    Some((code - start) % 10)
}

/// The compatibility decomposition of `c` as text.
fn compat(c: char) -> String {
    let mut out = String::new();
    decompose_compatible(c, |d| out.push(d));
    out
}

/// The value of a digit (a decimal, or a character such as `²` or `①` whose
/// compatibility decomposition is one decimal digit).
fn digit_value(c: char) -> Option<u32> {
    if let Some(d) = decimal_value(c) {
        return Some(d);
    }
    if CodePointMapData::<NumericType>::new().get(c) != NumericType::Digit {
        return None;
    }
    let text = compat(c);
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(d), None) if d != c => decimal_value(d),
        _ => None,
    }
}

/// The numeric value, from digits and fractions (`½` decomposes to `1⁄2`).
fn numeric_value(c: char) -> Option<f64> {
    if let Some(d) = digit_value(c) {
        return Some(f64::from(d));
    }
    if CodePointMapData::<NumericType>::new().get(c) == NumericType::None {
        return None;
    }
    let text = compat(c);
    let (num, den) = match text.split_once('\u{2044}') {
        Some((n, d)) => (n, Some(d)),
        None => (text.as_str(), None),
    };
    let number = |s: &str| -> Option<f64> {
        if s.is_empty() || s.chars().eq(std::iter::once(c)) {
            return None;
        }
        s.chars()
            .try_fold(0f64, |acc, d| decimal_value(d).map(|v| acc * 10.0 + f64::from(v)))
    };
    let n = number(num)?;
    match den {
        Some(d) => Some(n / number(d)?),
        None => Some(n),
    }
}

fn decimal(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (c, default) = char_and_default(vm, &args)?;
    match decimal_value(c) {
        Some(d) => Ok(Value::Int(i64::from(d))),
        None => default.ok_or_else(|| exc(ExcType::ValueError, "not a decimal")),
    }
}

fn digit(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (c, default) = char_and_default(vm, &args)?;
    match digit_value(c) {
        Some(d) => Ok(Value::Int(i64::from(d))),
        None => default.ok_or_else(|| exc(ExcType::ValueError, "not a digit")),
    }
}

fn numeric(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (c, default) = char_and_default(vm, &args)?;
    match numeric_value(c) {
        Some(d) => Ok(Value::Float(d)),
        None => default.ok_or_else(|| exc(ExcType::ValueError, "not a numeric character")),
    }
}

/// The form and text of `normalize`/`is_normalized`.
fn form_and_text(vm: &mut Vm<'_, '_>, args: &Args) -> RunResult<(String, String)> {
    let a = args.range(2, 2)?.to_vec();
    let form = vm.expect_str(a[0], &format!("{}() argument 1", args.name))?;
    let text = vm.expect_str(a[1], &format!("{}() argument 2", args.name))?;
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(exc(ExcType::ValueError, "invalid normalization form"));
    }
    vm.charge_walk(a[1])?;
    Ok((form, text))
}

fn normalized(form: &str, text: &str) -> String {
    match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        _ => text.nfkd().collect(),
    }
}

fn normalize(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (form, text) = form_and_text(vm, &args)?;
    // a decomposition can grow the text (up to 18 code points per character)
    vm.heap.check_alloc(text.len().saturating_mul(4))?;
    let out = normalized(&form, &text);
    vm.new_str(out)
}

fn is_normalized(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let (form, text) = form_and_text(vm, &args)?;
    vm.heap.check_alloc(text.len().saturating_mul(4))?;
    Ok(Value::Bool(normalized(&form, &text) == text))
}
