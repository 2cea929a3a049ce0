//! `_sys`: the native half of `sys` and `warnings` (written in Python, `py/sys.py`).
//!
//! Nothing here reads the host: the constants are fixed, `write` goes to the
//! run's print sink (the same one `print` uses), and `caller` reads only the
//! VM's own frames.

use super::{Member, ModuleSpec};
use crate::builtins::args::Args;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::io::Stream;
use crate::object::value::Value;
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    members: &[
        ("write", Member::Fn(write)),
        ("caller", Member::Fn(caller)),
        ("maxsize", Member::Int(i64::MAX)),
    ],
    all: None,
    source: None,
};

/// `write(stream, s)`: `s` to stdout (stream 1) or stderr (stream 2); returns `len(s)`.
fn write(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let a = args.range(2, 2)?.to_vec();
    let stream = match a[0] {
        Value::Int(2) => Stream::Stderr,
        _ => Stream::Stdout,
    };
    let Some(text) = vm.str_of(a[1]).map(str::to_owned) else {
        return Err(exc(
            ExcType::TypeError,
            format!("write() argument must be str, not {}", vm.type_name(a[1])),
        ));
    };
    vm.write_output(stream, &text)?;
    let n = i64::try_from(text.chars().count()).unwrap_or(i64::MAX);
    Ok(Value::Int(n))
}

/// `caller(level)`: `(filename, lineno, source_line)` of the `level`-th frame of the
/// program's own code, counted outward from the innermost one (library frames are
/// skipped, as CPython's warnings skip its own machinery); the outermost frame when
/// `level` goes past it.
fn caller(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let level = match args.one()? {
        Value::Int(n) => n.max(1),
        _ => 1,
    };
    let program = vm.program;
    let mut found = None;
    let mut seen = 0;
    for frame in vm.frames.iter().rev() {
        if program.lib_of_code(frame.code).is_some() {
            continue;
        }
        let line = program
            .codes
            .get(frame.code as usize)
            .and_then(|c| c.lines.get(frame.ip.saturating_sub(1) as usize))
            .copied()
            .unwrap_or(0);
        found = Some(line);
        seen += 1;
        if seen >= level {
            break;
        }
    }
    let line = found.unwrap_or(0);
    let src = program
        .source_lines
        .get((line as usize).wrapping_sub(1))
        .map_or("", |s| s.trim());
    let src = src.to_owned();
    let name = program.script_name.clone();
    let items = vec![vm.new_str(name)?, Value::Int(i64::from(line)), vm.new_str(src)?];
    vm.heap.alloc_tuple(items)
}
