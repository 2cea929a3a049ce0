//! `str.maketrans` and `str.translate`.

use super::super::args::Args;
use crate::exceptions::{ExcType, RunError, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::value::Value;
use crate::vm::Vm;

/// Whether `e` is a LookupError (KeyError, IndexError): `translate` keeps the character then.
fn is_lookup_error(vm: &Vm<'_, '_>, e: &RunError) -> bool {
    let lookup = |t: ExcType| t.is_subclass_of(ExcType::LookupError);
    match e {
        RunError::New(t, _) | RunError::NewArgs(t, _) => lookup(*t),
        RunError::Raise(Value::Ref(id)) => matches!(vm.heap.get(*id), Obj::Exception(x) if lookup(x.ty)),
        _ => false,
    }
}

/// `str.maketrans(x[, y[, z]])`: a static method, so the receiver is ignored.
pub(crate) fn maketrans(vm: &mut Vm<'_, '_>, _this: Value, args: Args) -> RunResult<Value> {
    let a = args.range(1, 3)?.to_vec();
    let table = vm.build_map(&[])?;
    if let [x] = a.as_slice() {
        let is_dict = matches!(x, Value::Ref(id) if matches!(vm.heap.get(*id), Obj::Dict(_)));
        if !is_dict {
            return Err(exc(
                ExcType::TypeError,
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        let pairs: Vec<(Value, Value)> = match x {
            Value::Ref(id) => match vm.heap.get(*id) {
                Obj::Dict(d) => d.iter().collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        for (k, v) in pairs {
            vm.tick()?;
            let key = if let Some(s) = vm.str_of(k) {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Value::Int(i64::from(u32::from(c))),
                    _ => {
                        return Err(exc(
                            ExcType::ValueError,
                            "string keys in translate table must be of length 1",
                        ));
                    }
                }
            } else if matches!(k, Value::Int(_) | Value::Bool(_)) {
                k
            } else {
                return Err(exc(
                    ExcType::TypeError,
                    "keys in translate table must be strings or integers",
                ));
            };
            vm.dict_set(table, key, v)?;
        }
        return Ok(table);
    }
    let from = vm.str_of(a[0]).map(str::to_owned).ok_or_else(|| {
        exc(
            ExcType::TypeError,
            "first maketrans argument must be a string if there is a second argument",
        )
    })?;
    let to = vm.expect_str(a[1], "maketrans() argument 2")?;
    if from.chars().count() != to.chars().count() {
        return Err(exc(
            ExcType::ValueError,
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (f, t) in from.chars().zip(to.chars()) {
        vm.tick()?;
        vm.dict_set(
            table,
            Value::Int(i64::from(u32::from(f))),
            Value::Int(i64::from(u32::from(t))),
        )?;
    }
    if let Some(&z) = a.get(2) {
        let delete = vm.expect_str(z, "maketrans() argument 3")?;
        for c in delete.chars() {
            vm.tick()?;
            vm.dict_set(table, Value::Int(i64::from(u32::from(c))), Value::None)?;
        }
    }
    Ok(table)
}

/// `str.translate(table)`: each character's code point is looked up with
/// `table[ord(c)]`; a LookupError keeps the character, None deletes it, an
/// int or a str replaces it.
pub(crate) fn translate(vm: &mut Vm<'_, '_>, this: Value, args: Args) -> RunResult<Value> {
    let table = args.one_of("str")?;
    let text = vm
        .str_of(this)
        .map(str::to_owned)
        .ok_or(RunError::Internal("str method on non-str"))?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        vm.tick()?;
        let mapped = match vm.getitem(table, Value::Int(i64::from(u32::from(c)))) {
            Ok(v) => v,
            Err(e) if is_lookup_error(vm, &e) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped {
            Value::None => {}
            Value::Int(_) | Value::Bool(_) => {
                let code = vm.expect_index(mapped)?;
                let ch = u32::try_from(code)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| exc(ExcType::ValueError, "character mapping must be in range(0x110000)"))?;
                out.push(ch);
            }
            other => match vm.str_of(other) {
                Some(s) => {
                    vm.heap.check_alloc(out.len().saturating_add(s.len()))?;
                    out.push_str(s);
                }
                None => {
                    return Err(exc(
                        ExcType::TypeError,
                        "character mapping must return integer, None or str",
                    ));
                }
            },
        }
    }
    vm.new_str(out)
}
