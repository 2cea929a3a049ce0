//! `print()` and `input()`

use super::args::Args;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::io::Stream;
use crate::object::value::Value;
use crate::vm::Vm;

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`
pub(crate) fn print(vm: &mut Vm<'_, '_>, mut args: Args) -> RunResult<Value> {
    let sep = match args.take_kw(vm, "sep") {
        None | Some(Value::None) => " ".to_owned(),
        Some(v) => vm.str_of(v).map(str::to_owned).ok_or_else(|| {
            exc(
                ExcType::TypeError,
                format!("sep must be None or a string, not {}", vm.type_name(v)),
            )
        })?,
    };
    let end = match args.take_kw(vm, "end") {
        None | Some(Value::None) => "\n".to_owned(),
        Some(v) => vm.str_of(v).map(str::to_owned).ok_or_else(|| {
            exc(
                ExcType::TypeError,
                format!("end must be None or a string, not {}", vm.type_name(v)),
            )
        })?,
    };
    let _ = args.take_kw(vm, "flush");
    // A file with a `write` method gets the text; anything else (such as a
    // `sys.stderr` without one) means the run's stderr.
    let (stream, writer) = match args.take_kw(vm, "file") {
        None | Some(Value::None) => (Stream::Stdout, None),
        Some(f) => match vm.load_attr(f, "write") {
            Ok(w) if super::functions::is_callable(vm, w) => (Stream::Stderr, Some(w)),
            _ => (Stream::Stderr, None),
        },
    };
    if let Some((k, _)) = args.kw.first() {
        let k = vm.str_of(*k).unwrap_or("?");
        return Err(exc(
            ExcType::TypeError,
            format!("'{k}' is an invalid keyword argument for print()"),
        ));
    }
    if let Some(write) = writer {
        // As in CPython, each object, separator and the end are written separately.
        for (i, &v) in args.pos.iter().enumerate() {
            if i > 0 {
                let s = vm.new_str(sep.clone())?;
                vm.call_sync(write, vec![s])?;
            }
            let text = match vm.str_of(v) {
                Some(_) => v,
                None => {
                    let s = vm.str(v)?;
                    vm.new_str(s)?
                }
            };
            vm.call_sync(write, vec![text])?;
        }
        let s = vm.new_str(end)?;
        vm.call_sync(write, vec![s])?;
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, &v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_of(v) {
            Some(s) => out.push_str(s),
            None => {
                let s = vm.str(v)?;
                out.push_str(&s);
            }
        }
    }
    out.push_str(&end);
    vm.write_output(stream, &out)?;
    Ok(Value::None)
}

/// `input(prompt='')`: the sandbox has no standard input, so after writing the
/// prompt this raises `EOFError` as CPython does when stdin is exhausted.
pub(crate) fn input(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    let pos = args.range(0, 1)?;
    if let Some(&prompt) = pos.first() {
        let text = match vm.str_of(prompt) {
            Some(s) => s.to_owned(),
            None => vm.str(prompt)?,
        };
        vm.write_output(Stream::Stdout, &text)?;
    }
    Err(exc(ExcType::EOFError, "EOF when reading a line"))
}
