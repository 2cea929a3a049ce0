//! `_textwrap`: the native `dedent` and `indent` of `textwrap` (`py/textwrap.py`).

use super::{Member, ModuleSpec};
use crate::builtins::args::Args;
use crate::exceptions::RunResult;
use crate::object::value::Value;
use crate::vm::Vm;

pub(super) static SPEC: ModuleSpec = ModuleSpec {
    members: &[("dedent", Member::Fn(dedent)), ("indent", Member::Fn(indent))],
    all: None,
    source: None,
};

fn blank(line: &str) -> bool {
    !line.is_empty() && line.bytes().all(|c| c == b' ' || c == b'\t')
}

fn dedent(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let v = args.one()?;
    let s = vm.expect_str(v, "dedent() argument")?;
    let lines: Vec<&str> = s.split('\n').map(|l| if blank(l) { "" } else { l }).collect();
    let mut margin: Option<&str> = None;
    for l in &lines {
        if l.is_empty() {
            continue;
        }
        let ws = &l[..l.len() - l.trim_start_matches([' ', '\t']).len()];
        margin = Some(match margin {
            None => ws,
            Some(m) => {
                let common = m.bytes().zip(ws.bytes()).take_while(|(a, b)| a == b).count();
                &m[..common]
            }
        });
    }
    let margin = margin.unwrap_or("");
    vm.heap.check_alloc(s.len())?;
    let out: Vec<&str> = lines.iter().map(|l| l.strip_prefix(margin).unwrap_or(l)).collect();
    vm.new_str(out.join("\n"))
}

fn indent(vm: &mut Vm<'_, '_>, args: Args) -> RunResult<Value> {
    args.no_kw()?;
    let a = args.range(2, 2)?.to_vec();
    let s = vm.expect_str(a[0], "indent() argument")?;
    let prefix = vm.expect_str(a[1], "indent() argument")?;
    let mut out = String::with_capacity(s.len());
    for line in s.split_inclusive('\n') {
        if !line.trim().is_empty() {
            vm.heap.check_alloc(out.len() + prefix.len())?;
            out.push_str(&prefix);
        }
        out.push_str(line);
    }
    vm.new_str(out)
}
