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
    let file = match args.take_kw(vm, "file") {
        None | Some(Value::None) => None,
        Some(f) => Some(f),
    };
    if let Some((k, _)) = args.kw.first() {
        let k = vm.str_of(*k).unwrap_or("?");
        return Err(exc(
            ExcType::TypeError,
            format!("'{k}' is an invalid keyword argument for print()"),
        ));
    }
    if let Some(file) = file {
        return print_to(vm, file, &args.pos, &sep, &end);
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
    vm.write_output(Stream::Stdout, &out)?;
    Ok(Value::None)
}

/// `print(..., file=f)`: each piece goes to `f.write()`, as CPython writes them
/// (`sys.stdout`/`sys.stderr` are objects whose `write` reaches the print sink).
fn print_to(vm: &mut Vm<'_, '_>, file: Value, items: &[Value], sep: &str, end: &str) -> RunResult<Value> {
    let write = vm.load_attr(file, "write")?;
    for (i, &v) in items.iter().enumerate() {
        if i > 0 {
            let s = vm.new_str(sep)?;
            vm.call_sync(write, vec![s])?;
        }
        let s = match vm.str_of(v) {
            Some(_) => v,
            None => {
                let text = vm.str(v)?;
                vm.new_str(text)?
            }
        };
        vm.call_sync(write, vec![s])?;
    }
    let e = vm.new_str(end)?;
    vm.call_sync(write, vec![e])?;
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
