//! `repr()` and `str()` of every value, with cycle detection and a depth bound.

use super::Vm;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::float_repr::float_repr;
use crate::object::heap::{DictViewKind, Obj};
use crate::object::str_repr::{bytes_repr, str_repr};
use crate::object::type_expr::TypeExpr;
use crate::object::value::{HeapId, Value};

const MAX_REPR_DEPTH: usize = 200;

impl Vm<'_, '_> {
    /// `repr(v)`
    pub(crate) fn repr(&mut self, v: Value) -> RunResult<String> {
        let mut out = String::new();
        let mut active = Vec::new();
        self.write_repr(v, &mut out, &mut active)?;
        Ok(out)
    }

    /// `str(v)`
    pub(crate) fn str(&mut self, v: Value) -> RunResult<String> {
        if let Some(s) = self.user_str(v)? {
            return Ok(s);
        }
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Str(s) => Ok(s.clone()),
                Obj::Exception(_) => self.exception_str(v),
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    fn write_repr(&mut self, v: Value, out: &mut String, active: &mut Vec<HeapId>) -> RunResult<()> {
        if active.len() > MAX_REPR_DEPTH {
            return Err(exc(
                ExcType::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        match v {
            Value::Undef => out.push_str("<undefined>"),
            Value::None => out.push_str("None"),
            Value::NotImplemented => out.push_str("NotImplemented"),
            Value::Ellipsis => out.push_str("Ellipsis"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(f) => out.push_str(&float_repr(f)),
            Value::External(i) => {
                let name = self.program.external_names.get(i as usize).map_or("?", String::as_str);
                out.push_str("<built-in function ");
                out.push_str(name);
                out.push('>');
            }
            Value::Builtin(b) => {
                out.push_str("<built-in function ");
                out.push_str(b.name());
                out.push('>');
            }
            Value::Type(t) => {
                out.push_str("<class '");
                out.push_str(t.name());
                out.push_str("'>");
            }
            Value::ExcType(t) => {
                out.push_str("<class '");
                out.push_str(t.name());
                out.push_str("'>");
            }
            Value::Ref(id) => self.write_obj_repr(id, out, active)?,
        }
        Ok(())
    }

    fn write_items(
        &mut self,
        items: &[Value],
        open: &str,
        close: &str,
        out: &mut String,
        active: &mut Vec<HeapId>,
    ) -> RunResult<()> {
        out.push_str(open);
        for (i, &item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_repr(item, out, active)?;
        }
        out.push_str(close);
        Ok(())
    }

    fn write_obj_repr(&mut self, id: HeapId, out: &mut String, active: &mut Vec<HeapId>) -> RunResult<()> {
        self.tick()?;
        if let Some(s) = self.user_repr(Value::Ref(id))? {
            out.push_str(&s);
            return Ok(());
        }
        if out.len() > 64 {
            self.heap.check_alloc(out.len())?;
        }
        // SECURITY: a long str/bytes is escaped in one native loop; refuse it before
        // building when its repr alone would pass the memory budget.
        if let Obj::Str(s) = self.heap.get(id) {
            let len = s.len();
            self.heap.check_alloc(out.len().saturating_add(len))?;
        } else if let Obj::Bytes(b) | Obj::ByteArray(b) = self.heap.get(id) {
            let len = b.len();
            self.heap.check_alloc(out.len().saturating_add(len))?;
        }
        // Containers of ints and floats are walked here without further ticks.
        self.charge_walk(Value::Ref(id))?;
        match self.heap.get(id) {
            Obj::Str(s) => out.push_str(&str_repr(s)),
            Obj::Bytes(b) => out.push_str(&bytes_repr(b)),
            Obj::Complex(c) => out.push_str(&c.repr()),
            Obj::ByteArray(b) => {
                out.push_str("bytearray(");
                out.push_str(&bytes_repr(b));
                out.push(')');
            }
            Obj::BigInt(b) => {
                let digits = b.bits() as f64 * std::f64::consts::LOG10_2;
                if digits > 4300.0 {
                    return Err(exc(
                        ExcType::ValueError,
                        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    ));
                }
                out.push_str(&b.to_string());
            }
            Obj::Range(r) => {
                if r.step == 1 {
                    out.push_str(&format!("range({}, {})", r.start, r.stop));
                } else {
                    out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
                }
            }
            Obj::Slice(s) => {
                let s = *s;
                out.push_str("slice(");
                self.write_repr(s.start, out, active)?;
                out.push_str(", ");
                self.write_repr(s.stop, out, active)?;
                out.push_str(", ");
                self.write_repr(s.step, out, active)?;
                out.push(')');
            }
            Obj::Function(f) => {
                let code = self.program.codes.get(f.code as usize);
                let name = code.map_or("?", |c| c.qualname.as_str());
                out.push_str(&format!(
                    "<function {name} at 0x{:012x}>",
                    0x7f00_0000_0000u64 + u64::from(id) * 16
                ));
            }
            Obj::Cell(_) => out.push_str(&format!(
                "<cell at 0x{:012x}>",
                0x7f00_0000_0000u64 + u64::from(id) * 16
            )),
            Obj::BoundMethod(m) => {
                let m = *m;
                let tn = self.type_name(m.receiver);
                out.push_str(&format!(
                    "<built-in method {} of {tn} object at 0x{:012x}>",
                    m.method.name(),
                    0x7f00_0000_0000u64 + u64::from(id) * 16
                ));
            }
            Obj::Generator(g) => {
                let name = g
                    .frame
                    .as_ref()
                    .and_then(|f| self.program.codes.get(f.code as usize))
                    .map_or("generator", |c| c.qualname.as_str());
                let kind = if g.coroutine { "coroutine" } else { "generator" };
                out.push_str(&format!(
                    "<{kind} object {name} at 0x{:012x}>",
                    0x7f00_0000_0000u64 + u64::from(id) * 16
                ));
            }
            Obj::Std(_) => {
                let r = self.std_repr(id)?;
                out.push_str(&r);
            }
            Obj::Iter(_) => {
                let tn = self.type_name(Value::Ref(id));
                out.push_str(&format!(
                    "<{tn} object at 0x{:012x}>",
                    0x7f00_0000_0000u64 + u64::from(id) * 16
                ));
            }
            Obj::Object => out.push_str(&format!(
                "<object object at 0x{:012x}>",
                0x7f00_0000_0000u64 + u64::from(id) * 16
            )),
            Obj::TypeExpr(t) => {
                let t = t.clone();
                if active.contains(&id) {
                    out.push_str("...");
                    return Ok(());
                }
                active.push(id);
                self.write_type_expr(&t, out, active)?;
                active.pop();
            }
            Obj::Class(_)
            | Obj::Instance(_)
            | Obj::Method(_)
            | Obj::Property(_)
            | Obj::StaticMethod(_)
            | Obj::ClassMethod(_)
            | Obj::Super(_)
            | Obj::SlotMethod(_) => out.push_str("<object>"),
            Obj::Exception(e) => {
                let name = e.ty.name();
                let args = e.args.clone();
                out.push_str(name);
                if args.len() == 1 {
                    out.push('(');
                    self.write_repr(args[0], out, active)?;
                    out.push(')');
                } else {
                    active.push(id);
                    self.write_items(&args, "(", ")", out, active)?;
                    active.pop();
                }
            }
            Obj::List(items) | Obj::Tuple(items) => {
                let is_list = matches!(self.heap.get(id), Obj::List(_));
                if active.contains(&id) {
                    out.push_str(if is_list { "[...]" } else { "(...)" });
                    return Ok(());
                }
                let items = items.clone();
                active.push(id);
                if is_list {
                    self.write_items(&items, "[", "]", out, active)?;
                } else if items.len() == 1 {
                    out.push('(');
                    self.write_repr(items[0], out, active)?;
                    out.push_str(",)");
                } else {
                    self.write_items(&items, "(", ")", out, active)?;
                }
                active.pop();
            }
            Obj::Dict(d) => {
                if active.contains(&id) {
                    out.push_str("{...}");
                    return Ok(());
                }
                let pairs: Vec<(Value, Value)> = d.iter().collect();
                active.push(id);
                out.push('{');
                for (i, (k, v)) in pairs.into_iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_repr(k, out, active)?;
                    out.push_str(": ");
                    self.write_repr(v, out, active)?;
                }
                out.push('}');
                active.pop();
            }
            Obj::Set(d) | Obj::FrozenSet(d) => {
                let frozen = matches!(self.heap.get(id), Obj::FrozenSet(_));
                let items: Vec<Value> = d.keys().collect();
                let name = if frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    out.push_str(name);
                    out.push_str("()");
                    return Ok(());
                }
                if active.contains(&id) {
                    out.push_str(name);
                    out.push_str("(...)");
                    return Ok(());
                }
                active.push(id);
                if frozen {
                    out.push_str("frozenset(");
                }
                self.write_items(&items, "{", "}", out, active)?;
                if frozen {
                    out.push(')');
                }
                active.pop();
            }
            Obj::DictView(kind, d) => {
                let (kind, d) = (*kind, *d);
                let name = match kind {
                    DictViewKind::Keys => "dict_keys",
                    DictViewKind::Values => "dict_values",
                    DictViewKind::Items => "dict_items",
                };
                let items = self.collect(Value::Ref(id))?;
                let _ = d;
                out.push_str(name);
                out.push('(');
                active.push(id);
                self.write_items(&items, "[", "]", out, active)?;
                active.pop();
                out.push(')');
            }
        }
        Ok(())
    }

    /// `int | None`, `dict[str, list[int]]`: members written as CPython's
    /// `types.UnionType` and `types.GenericAlias` write them.
    fn write_type_expr(&mut self, t: &TypeExpr, out: &mut String, active: &mut Vec<HeapId>) -> RunResult<()> {
        match t {
            TypeExpr::Union(items) => {
                for (i, &item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" | ");
                    }
                    self.write_type_arg(item, out, active)?;
                }
            }
            TypeExpr::Alias { origin, args } => {
                self.write_type_arg(*origin, out, active)?;
                out.push('[');
                if args.is_empty() {
                    out.push_str("()");
                }
                for (i, &item) in args.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type_arg(item, out, active)?;
                }
                out.push(']');
            }
        }
        Ok(())
    }

    /// One member of a type expression: a type by its name, `None`, `...`, or a repr.
    fn write_type_arg(&mut self, v: Value, out: &mut String, active: &mut Vec<HeapId>) -> RunResult<()> {
        match v {
            Value::None | Value::Type(crate::object::types::TypeId::NoneType) => out.push_str("None"),
            Value::Ellipsis => out.push_str("..."),
            Value::Type(t) => out.push_str(t.name()),
            Value::ExcType(e) => out.push_str(e.name()),
            Value::Ref(id) => {
                if let Obj::Class(c) = self.heap.get(id) {
                    out.push_str("__main__.");
                    out.push_str(&c.qualname);
                } else {
                    self.write_repr(v, out, active)?;
                }
            }
            _ => self.write_repr(v, out, active)?,
        }
        Ok(())
    }
}
