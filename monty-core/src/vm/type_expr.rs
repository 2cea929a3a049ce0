//! Building and comparing type expressions: `X | Y` on types gives a
//! `types.UnionType`, `list[int]` a `types.GenericAlias` (see
//! [`crate::object::type_expr`]).

use super::Vm;
use crate::exceptions::{ExcType, RunResult, exc};
use crate::object::heap::Obj;
use crate::object::type_expr::TypeExpr;
use crate::object::types::TypeId;
use crate::object::value::Value;

/// Builtin types that CPython lets a program subscript (`list[int]`).
const GENERIC_TYPES: &[TypeId] = &[
    TypeId::List,
    TypeId::Dict,
    TypeId::Tuple,
    TypeId::Set,
    TypeId::FrozenSet,
    TypeId::Type,
    TypeId::Counter,
    TypeId::DefaultDict,
    TypeId::OrderedDict,
    TypeId::Deque,
];

impl Vm<'_, '_> {
    /// The type expression held by `v`, if it is one.
    pub(crate) fn type_expr(&self, v: Value) -> Option<&TypeExpr> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::TypeExpr(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` may be a member of a union: a class, `None`, or a type expression.
    fn is_union_operand(&self, v: Value) -> bool {
        match v {
            Value::None | Value::Type(_) | Value::ExcType(_) => true,
            Value::Ref(id) => matches!(self.heap.get(id), Obj::Class(_) | Obj::TypeExpr(_)),
            _ => false,
        }
    }

    /// `a | b` where both are types (or None, or type expressions): a union,
    /// flattened and without duplicates; `None` when this is not such an `|`.
    pub(crate) fn type_union(&mut self, a: Value, b: Value) -> RunResult<Option<Value>> {
        if !(self.is_union_operand(a) && self.is_union_operand(b)) || (a == Value::None && b == Value::None) {
            return Ok(None);
        }
        let mut members: Vec<Value> = Vec::new();
        for side in [a, b] {
            let parts = match self.type_expr(side) {
                Some(TypeExpr::Union(items)) => items.clone(),
                _ => vec![side],
            };
            for part in parts {
                let part = if part == Value::None {
                    Value::Type(TypeId::NoneType)
                } else {
                    part
                };
                self.tick()?;
                let mut seen = false;
                for &m in &members {
                    if self.is(m, part) || self.eq(m, part)? {
                        seen = true;
                        break;
                    }
                }
                if !seen {
                    members.push(part);
                }
            }
        }
        if let [only] = members.as_slice() {
            return Ok(Some(*only));
        }
        Ok(Some(self.heap.alloc(Obj::TypeExpr(TypeExpr::Union(members)))?))
    }

    /// `t[index]` on a builtin type: a generic alias for the container
    /// types, TypeError for the others.
    pub(crate) fn type_subscript(&mut self, t: TypeId, index: Value) -> RunResult<Value> {
        if !GENERIC_TYPES.contains(&t) {
            return Err(exc(
                ExcType::TypeError,
                format!("type '{}' is not subscriptable", t.name()),
            ));
        }
        let args = match index {
            Value::Ref(id) => match self.heap.get(id) {
                Obj::Tuple(items) => items.clone(),
                _ => vec![index],
            },
            _ => vec![index],
        };
        self.heap.alloc(Obj::TypeExpr(TypeExpr::Alias {
            origin: Value::Type(t),
            args,
        }))
    }

    /// `a == b` for two type expressions: unions compare as sets of members,
    /// aliases by origin and arguments. `None` when either is not a type expression.
    pub(crate) fn type_expr_eq(&mut self, a: Value, b: Value, depth: usize) -> RunResult<Option<bool>> {
        let (Some(x), Some(y)) = (self.type_expr(a).cloned(), self.type_expr(b).cloned()) else {
            return Ok(None);
        };
        match (x, y) {
            (TypeExpr::Union(xs), TypeExpr::Union(ys)) => {
                if xs.len() != ys.len() {
                    return Ok(Some(false));
                }
                for &m in &xs {
                    let mut found = false;
                    self.tick()?;
                    for &n in &ys {
                        if self.is(m, n) || self.eq_depth(m, n, depth + 1)? {
                            found = true;
                            break;
                        }
                    }
                    if !found {
                        return Ok(Some(false));
                    }
                }
                Ok(Some(true))
            }
            (TypeExpr::Alias { origin: o1, args: a1 }, TypeExpr::Alias { origin: o2, args: a2 }) => {
                if o1 != o2 || a1.len() != a2.len() {
                    return Ok(Some(false));
                }
                for (m, n) in a1.into_iter().zip(a2) {
                    if !(self.is(m, n) || self.eq_depth(m, n, depth + 1)?) {
                        return Ok(Some(false));
                    }
                }
                Ok(Some(true))
            }
            _ => Ok(Some(false)),
        }
    }

    /// `hash()` of a type expression, consistent with [`Vm::type_expr_eq`]:
    /// a union's members combine in any order.
    pub(crate) fn type_expr_hash(&mut self, t: &TypeExpr, depth: usize) -> RunResult<i64> {
        match t {
            TypeExpr::Union(items) => {
                let mut acc: i64 = 0x5a17;
                for &m in items {
                    acc ^= self.hash_depth(m, depth)?;
                }
                Ok(acc)
            }
            TypeExpr::Alias { origin, args } => {
                let mut acc = self.hash_depth(*origin, depth)?;
                for &m in args {
                    acc = acc.wrapping_mul(1_000_003) ^ self.hash_depth(m, depth)?;
                }
                Ok(acc)
            }
        }
    }

    /// `isinstance(v, union)`: whether `v` is an instance of any member; a
    /// parameterized generic anywhere is the CPython TypeError.
    pub(crate) fn instance_of_type_expr(&self, v: Value, t: &TypeExpr, what: &str) -> RunResult<bool> {
        match t {
            TypeExpr::Alias { .. } => Err(exc(
                ExcType::TypeError,
                format!("{what}() argument 2 cannot be a parameterized generic"),
            )),
            TypeExpr::Union(items) => {
                for &m in items {
                    if let Some(TypeExpr::Alias { .. }) = self.type_expr(m) {
                        return Err(exc(
                            ExcType::TypeError,
                            format!("{what}() argument 2 cannot be a parameterized generic"),
                        ));
                    }
                }
                for &m in items {
                    let hit = if what == "isinstance" {
                        crate::builtins::functions::instance_of(self, v, m)?
                    } else {
                        crate::builtins::functions::subclass_of(self, v, m)?
                    };
                    if hit {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}
